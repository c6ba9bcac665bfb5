// The bank's own demo customers. They sign in on the bank site, never on Foyer: Foyer only sees the
// identity token the bank issues for them (and the tier claim that drives priority routing).
export const demoCustomers = [
  { username: 'alex', password: 'demo', id: 'cust-1001', name: 'Alex Chen', tier: 'standard' },
  { username: 'mei', password: 'demo', id: 'cust-2001', name: 'Mei Lin', tier: 'private' },
];
