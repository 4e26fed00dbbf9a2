import { Mail } from 'lucide-react';
import { useState } from 'react';
import type { StageName } from '../../src/api/submissions';
import type { LinkedRecord } from '../followUps/followUpStore';
import { Button } from '../ui/Button';
import { MessageDialog } from './MessageDialog';
import { suggestedTemplate } from './messageText';

interface WriteMessageButtonProps {
  about: LinkedRecord;
  /** A submission's stage, which decides the message most likely wanted. */
  stage?: StageName;
}

/** Opens a message to the client's contact or the candidate, written from a template and this record. */
export function WriteMessageButton({ about, stage }: WriteMessageButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={Mail} onClick={() => setOpen(true)}>
        Write message
      </Button>
      {open && <MessageDialog about={about} initialTemplate={suggestedTemplate(about, stage)} onClose={() => setOpen(false)} />}
    </>
  );
}
