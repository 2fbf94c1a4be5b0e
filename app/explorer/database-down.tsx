/** What the page shows instead of crashing when Neo4j cannot be reached. */
export function DatabaseDown({ message }: { message: string }) {
  return (
    <section className="error-box" role="alert">
      <h1>The graph database is unavailable</h1>
      <p>{message}</p>
      <h2>What to check</h2>
      <ul>
        <li>
          Running newsgraph on this machine? Start it with <code>npm start</code>: it starts a local Neo4j too, and stops it on Ctrl-C.
        </li>
        <li>
          Using your own Neo4j, Docker Compose or Aura? Check that <code>NEO4J_URI</code>, <code>NEO4J_USER</code> and <code>NEO4J_PASSWORD</code> are right and that the server is
          up.
        </li>
      </ul>
      <p>
        <a href="">Try again</a>
      </p>
    </section>
  );
}
