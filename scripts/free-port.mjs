// Finds a free TCP port on the loopback interface (dependency-free).
import net from 'node:net';

/**
 * Asks the OS for an unused port on 127.0.0.1 and returns it.
 * Another process could still take it before you bind it, so bind soon after.
 * @returns {Promise<number>}
 */
export async function getFreePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port: 0, exclusive: true }, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close((error) => (error ? reject(error) : port ? resolve(port) : reject(new Error('could not determine a free port'))));
    });
  });
}
