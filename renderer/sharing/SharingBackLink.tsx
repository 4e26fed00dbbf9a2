import { ChevronLeft } from 'lucide-react';
import { Link } from 'wouter';
import { paths } from '../app/paths';

/** The way back from a review list to the Sharing screen. */
export function SharingBackLink() {
  return (
    <Link href={paths.sharing} className="back-link">
      <ChevronLeft size={15} aria-hidden />
      Sharing
    </Link>
  );
}
