// Placeholder: being built.
export function PipelinePage({ jobId }: { jobId: string }) {
  return <p>{jobId}</p>;
}
