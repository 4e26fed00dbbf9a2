import { v5 as uuidv5 } from 'uuid';

const NAMESPACE = '6b1f3f52-58d4-4e8e-9b7e-2f0c9a4d7e13';

/** A submission has at most one placement, and every laptop names it the same. */
export const placementId = (submissionId: string) => uuidv5(`placement:${submissionId}`, NAMESPACE);
