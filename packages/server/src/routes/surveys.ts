import { callerOf, type Handler } from '../app-context.js';
import { getSurvey, submitSurveyResponse, type SurveyAnswer } from '../domain/surveys.js';

export const surveyRoutes: Record<string, Handler> = {
  'GET /v1/conversations/{conversationId}/survey': async (app, req) => ({ status: 200, body: await getSurvey(app, callerOf(req), req.params.conversationId!) }),

  'POST /v1/conversations/{conversationId}/survey/responses': async (app, req) =>
    submitSurveyResponse(app, callerOf(req), req.params.conversationId!, req.body as { surveyId: string; answers: SurveyAnswer[] }),
};
