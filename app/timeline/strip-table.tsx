import { bucketLabel, type Histogram } from '@/lib/timeline/buckets';

/** The strip's numbers for screen readers: the bars themselves are drawn for the eye only. */
export function StripTable({ histogram }: { histogram: Histogram }) {
  const { buckets, granularity, undated } = histogram;
  return (
    <table className="visually-hidden">
      <caption>Mentions and relation evidence per {granularity}</caption>
      <thead>
        <tr>
          <th scope="col">{granularity}</th>
          <th scope="col">Mentions</th>
          <th scope="col">Evidence</th>
        </tr>
      </thead>
      <tbody>
        {buckets
          .filter((b) => b.mentions + b.evidence > 0)
          .map((b) => (
            <tr key={b.key}>
              <th scope="row">{bucketLabel(b, granularity)}</th>
              <td>{b.mentions}</td>
              <td>{b.evidence}</td>
            </tr>
          ))}
        {undated.mentions + undated.evidence > 0 && (
          <tr>
            <th scope="row">date unknown</th>
            <td>{undated.mentions}</td>
            <td>{undated.evidence}</td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
