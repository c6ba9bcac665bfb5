// Entry of the static desk app (dist/index.html): registers the elements and mounts the desk.
import '../define-all.js';

const lang = navigator.languages.find((l) => /^(en|zh)\b/i.test(l)) ?? 'en';
if (!document.documentElement.lang) document.documentElement.lang = lang;
const app = document.createElement('foyer-desk-app');
document.body.append(app);
