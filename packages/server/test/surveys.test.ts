import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractViolations, spawnServer, type ServerProcess } from '../src/testing/index.js';
import { call, conversation, eventsOf, guest, openStream, send, waitFor } from './support.js';

let server: ServerProcess;
let base: string;

beforeAll(async () => {
  server = await spawnServer({ args: ['--ping-interval', '1'] });
  base = server.url;
});
afterAll(async () => {
  await server?.stop();
});

/** A guest with a chat that has ended, and the survey it was offered. */
async function endedChat() {
  const s = await guest(base);
  const cid = await conversation(base, s.accessToken);
  expect((await call(base, 'POST', `/v1/conversations/${cid}:end`, { token: s.accessToken })).status).toBe(200);
  const survey = await call(base, 'GET', `/v1/conversations/${cid}/survey`, { token: s.accessToken });
  expect(survey.status).toBe(200);
  return { s, cid, survey: survey.json };
}

const respond = (token: string, cid: string, body: unknown) => call(base, 'POST', `/v1/conversations/${cid}/survey/responses`, { token, body });

describe('post-chat surveys', () => {
  it('advertises the surveys feature', async () => {
    const r = await call(base, 'POST', '/v1/sessions', { body: { kind: 'guest' } });
    expect(r.json.capabilities.features.surveys).toBe(true);
  });

  it('offers a survey on the stream right after the chat ends', async () => {
    const s = await guest(base);
    const cid = await conversation(base, s.accessToken);
    expect((await send(base, s.accessToken, cid, 'hello')).status).toBe(201);
    const stream = openStream(base, s.accessToken);
    await waitFor('stream open', () => stream.raw().includes('stream open'));
    expect((await call(base, 'POST', `/v1/conversations/${cid}:end`, { token: s.accessToken })).status).toBe(200);
    const offered = await waitFor('survey.offered', () => stream.events.find((e) => e.json.type === 'survey.offered'));
    const types = stream.events.map((e) => e.json.type);
    expect(types.slice(types.indexOf('conversation.ended'))).toEqual(['conversation.ended', 'survey.offered']);
    expect(offered.json.conversationId).toBe(cid);
    expect(offered.json.data.survey).toMatchObject({ conversationId: cid, status: 'offered' });
    await stream.close();

    const survey = await call(base, 'GET', `/v1/conversations/${cid}/survey`, { token: s.accessToken });
    expect(survey.status).toBe(200);
    expect(survey.json).toEqual(offered.json.data.survey);
    expect(survey.json.questions).toEqual([
      { id: 'csat', type: 'csat', prompt: expect.any(String), required: true },
      { id: 'comment', type: 'free_text', prompt: expect.any(String), required: false, maxLength: 2000 },
    ]);
    // Ending again does not offer a second survey.
    expect((await call(base, 'POST', `/v1/conversations/${cid}:end`, { token: s.accessToken })).status).toBe(200);
    expect((await eventsOf(base, s.accessToken, cid)).filter((e) => e.type === 'survey.offered')).toHaveLength(1);
  });

  it('stores the first response (201, survey.completed) and returns it on every repeat (200)', async () => {
    const { s, cid, survey } = await endedChat();
    const answers = [{ questionId: 'csat', value: 5 }, { questionId: 'comment', value: '很好 👍' }];
    const first = await respond(s.accessToken, cid, { surveyId: survey.id, answers });
    expect(first.status).toBe(201);
    expect(first.json).toEqual({ surveyId: survey.id, answers, submittedAt: expect.any(String) });

    const completed = (await eventsOf(base, s.accessToken, cid)).filter((e) => e.type === 'survey.completed');
    expect(completed.map((e) => e.data)).toEqual([{ surveyId: survey.id }]);

    const again = await respond(s.accessToken, cid, { surveyId: survey.id, answers });
    expect([again.status, again.json]).toEqual([200, first.json]);
    // The first answer wins: different answers later get the stored response back.
    const changed = await respond(s.accessToken, cid, { surveyId: survey.id, answers: [{ questionId: 'csat', value: 1 }] });
    expect([changed.status, changed.json]).toEqual([200, first.json]);
    expect((await eventsOf(base, s.accessToken, cid)).filter((e) => e.type === 'survey.completed')).toHaveLength(1);

    const after = await call(base, 'GET', `/v1/conversations/${cid}/survey`, { token: s.accessToken });
    expect(after.json.status).toBe('completed');
  });

  it('accepts a CSAT without the optional comment, in question order', async () => {
    const { s, cid, survey } = await endedChat();
    const r = await respond(s.accessToken, cid, { surveyId: survey.id, answers: [{ questionId: 'csat', value: 3 }] });
    expect(r.status).toBe(201);
    expect(r.json.answers).toEqual([{ questionId: 'csat', value: 3 }]);
  });

  it('rejects bad answers with 400 naming the field', async () => {
    const { s, cid, survey } = await endedChat();
    for (const value of [0, 6, 'five']) {
      const r = await respond(s.accessToken, cid, { surveyId: survey.id, answers: [{ questionId: 'csat', value }] });
      expect([r.status, r.json.code]).toEqual([400, 'invalid_request']);
      expect(r.json.errors.map((e: { pointer: string }) => e.pointer)).toEqual(['/answers/0/value']);
    }
    const fractional = await respond(s.accessToken, cid, { surveyId: survey.id, answers: [{ questionId: 'csat', value: 4.5 }] });
    expect(fractional.status).toBe(400);
    expect(fractional.json.errors.map((e: { pointer: string }) => e.pointer)).toContain('/answers/0/value');

    const missing = await respond(s.accessToken, cid, { surveyId: survey.id, answers: [{ questionId: 'comment', value: 'no score' }] });
    expect([missing.status, missing.json.errors]).toEqual([400, [expect.objectContaining({ pointer: '/answers', code: 'required' })]]);

    const long = await respond(s.accessToken, cid, { surveyId: survey.id, answers: [{ questionId: 'csat', value: 4 }, { questionId: 'comment', value: '👍'.repeat(2001) }] });
    expect([long.status, long.json.errors]).toEqual([400, [expect.objectContaining({ pointer: '/answers/1/value', code: 'maxLength' })]]);
    // 2000 code points (4000 UTF-16 units) is fine.
    const fits = await respond(s.accessToken, cid, { surveyId: survey.id, answers: [{ questionId: 'csat', value: 4 }, { questionId: 'comment', value: '👍'.repeat(2000) }] });
    expect(fits.status).toBe(201);
  });

  it('rejects unknown and repeated questions', async () => {
    const { s, cid, survey } = await endedChat();
    const unknown = await respond(s.accessToken, cid, { surveyId: survey.id, answers: [{ questionId: 'csat', value: 4 }, { questionId: 'nps', value: 9 }] });
    expect([unknown.status, unknown.json.errors.map((e: { pointer: string }) => e.pointer)]).toEqual([400, ['/answers/1/questionId']]);
    const twice = await respond(s.accessToken, cid, { surveyId: survey.id, answers: [{ questionId: 'csat', value: 4 }, { questionId: 'csat', value: 2 }] });
    expect([twice.status, twice.json.errors.map((e: { pointer: string }) => e.pointer)]).toEqual([400, ['/answers/1/questionId']]);
    const wrongSurvey = await respond(s.accessToken, cid, { surveyId: 'not-this-one', answers: [{ questionId: 'csat', value: 4 }] });
    expect(wrongSurvey.status).toBe(404);
    expect((await eventsOf(base, s.accessToken, cid)).some((e) => e.type === 'survey.completed')).toBe(false);
  });

  it("is 404 for another session's conversation", async () => {
    const { cid, survey } = await endedChat();
    const other = await guest(base);
    const get = await call(base, 'GET', `/v1/conversations/${cid}/survey`, { token: other.accessToken });
    expect([get.status, get.json.code]).toEqual([404, 'not_found']);
    const post = await respond(other.accessToken, cid, { surveyId: survey.id, answers: [{ questionId: 'csat', value: 5 }] });
    expect([post.status, post.json.code]).toEqual([404, 'not_found']);
  });

  it('is 404 while the conversation is still open (no survey offered yet)', async () => {
    const s = await guest(base);
    const cid = await conversation(base, s.accessToken);
    const get = await call(base, 'GET', `/v1/conversations/${cid}/survey`, { token: s.accessToken });
    expect([get.status, get.json.code]).toEqual([404, 'not_found']);
    const post = await respond(s.accessToken, cid, { surveyId: 'anything', answers: [{ questionId: 'csat', value: 5 }] });
    expect([post.status, post.json.code]).toEqual([404, 'not_found']);
    expect((await eventsOf(base, s.accessToken, cid)).some((e) => e.type.startsWith('survey.'))).toBe(false);
  });

  it('answers every request within the contract', () => {
    expect(contractViolations()).toEqual([]);
  });
});
