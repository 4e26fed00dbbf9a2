import { stages, type Board, type BoardCard } from '../api/submissions';
import type { Core } from '../db/core';
import { statement } from '../db/statements';
import { getJob } from '../jobs/jobs';
import { CURRENT_STAGE_JOIN, interviewSteps } from './submissions';

interface CardRow {
  id: string;
  candidate_id: string;
  candidate_name: string;
  current_title: string | null;
  stage: BoardCard['stage'];
  step: string | null;
  stage_since: string;
  latest_feedback: string | null;
}

/** A job's pipeline: a column per stage, each card a candidate with how long they have waited there. */
export function jobBoard(core: Core, jobId: string): Board {
  getJob(core, jobId);
  const rows = statement(
    core.db,
    `SELECT s.id, s.candidate_id, c.name AS candidate_name, c.current_title, now.stage, now.step,
       now.created_at AS stage_since,
       (SELECT json_object('sentiment', sentiment, 'text', text, 'receivedOn', received_on) FROM feedback
        WHERE submission_id = s.id AND deleted_at IS NULL ORDER BY received_on DESC, created_hlc DESC LIMIT 1) AS latest_feedback
     FROM submissions s
     ${CURRENT_STAGE_JOIN}
     JOIN candidates c ON c.id = s.candidate_id
     WHERE s.job_id = ? AND s.deleted_at IS NULL AND c.deleted_at IS NULL
     ORDER BY now.created_hlc`,
  ).all(jobId) as CardRow[];
  const cards: BoardCard[] = rows.map((r) => ({
    id: r.id,
    candidateId: r.candidate_id,
    candidateName: r.candidate_name,
    currentTitle: r.current_title,
    stage: r.stage,
    step: r.step,
    stageSince: r.stage_since,
    latestFeedback: r.latest_feedback === null ? null : (JSON.parse(r.latest_feedback) as BoardCard['latestFeedback']),
  }));
  return {
    jobId,
    columns: stages.map((stage) => ({ stage, cards: cards.filter((card) => card.stage === stage) })),
    interviewSteps: interviewSteps(core, jobId),
  };
}
