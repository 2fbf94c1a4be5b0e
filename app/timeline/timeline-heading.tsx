import Link from 'next/link';
import type { TimelineSubject } from '@/lib/timeline/types';
import { timelineHref } from '@/lib/timeline/params';
import { TypeBadge } from '@/app/explorer/type-badge';

const explorerHref = (id: string) => `/?focus=${encodeURIComponent(id)}`;

/** Who or what the timeline is about, with links back to the explorer. */
export function TimelineHeading({ subject }: { subject: TimelineSubject }) {
  if (subject.kind === 'entity') {
    const { entity } = subject;
    return (
      <header className="timeline-heading">
        <h1>
          Timeline: <Link href={explorerHref(entity.id)}>{entity.name}</Link> <TypeBadge type={entity.type} />
        </h1>
        <p className="muted">Every sentence naming {entity.name} and the evidence of its relations, by the publication date of the article.</p>
      </header>
    );
  }
  const { from, to, type } = subject;
  return (
    <header className="timeline-heading">
      <h1>
        Timeline: <Link href={explorerHref(from.id)}>{from.name}</Link> and <Link href={explorerHref(to.id)}>{to.name}</Link>
      </h1>
      <p className="muted">
        {type ? (
          <>
            Evidence of <code>{type}</code> between them, by the publication date of the article. <Link href={timelineHref({ from: from.id, to: to.id })}>All their relations</Link>
          </>
        ) : (
          'Evidence of every relation between them, by the publication date of the article.'
        )}
      </p>
    </header>
  );
}
