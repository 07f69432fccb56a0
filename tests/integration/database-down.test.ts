import net from 'node:net';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDriver } from '../../database/neo4j-settings.ts';
import { type PlanServer, startPlanServer } from '../../server/app.ts';
import { postGraphQL } from '../support/http.ts';
import { neo4jScript, runIngest, testNeo4j } from '../support/test-graph.ts';

const QUERY = '{ documents { title issuer { name } } }';

/**
 * With the project's own Neo4j the test really stops and restarts it. Against a user's server
 * (NEO4J_URI), which the tests must not stop, the server reaches Neo4j through a TCP relay that
 * the test closes and reopens: the driver sees the same refused connections either way.
 */
describe('when Neo4j goes down and comes back', () => {
  let driver: Driver;
  let server: PlanServer;
  let relay: Relay | undefined;
  const { managed, settings } = testNeo4j();

  beforeAll(async () => {
    await runIngest();
    if (!managed) relay = await Relay.open(new URL(settings.uri.replace(/^[a-z+]+:/, 'http:')));
    driver = openDriver(relay ? { ...settings, uri: `bolt://127.0.0.1:${relay.port}` } : settings);
    server = await startPlanServer({ driver, database: settings.database }, { host: '127.0.0.1', port: 0 });
  });

  afterAll(async () => {
    await server?.close();
    await driver?.close();
    await relay?.close();
  });

  it('answers with DATABASE_UNAVAILABLE and no stack trace, then recovers without a server restart', async () => {
    expect((await postGraphQL(server.url, QUERY)).body.errors).toBeUndefined();

    if (relay) await relay.stop();
    else await neo4jScript('stop');
    try {
      const down = await postGraphQL(server.url, QUERY);
      expect(down.body.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
      expect(down.body.errors?.[0]?.message).toMatch(/not reachable/);
      expect(JSON.stringify(down.body)).not.toMatch(/at .*\.(ts|js):\d+/);
    } finally {
      if (relay) await relay.start();
      else await neo4jScript('start');
    }

    const up = await postGraphQL(server.url, QUERY);
    expect(up.body.errors).toBeUndefined();
    expect(up.body.data?.documents).toHaveLength(5);
  });
});

/** A TCP relay from a local port to Neo4j that can be switched off and on. */
class Relay {
  private server: net.Server | undefined;
  private sockets = new Set<net.Socket>();
  private constructor(
    private readonly target: URL,
    readonly port: number,
  ) {}

  static async open(target: URL): Promise<Relay> {
    const probe = net.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as net.AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const relay = new Relay(target, port);
    await relay.start();
    return relay;
  }

  async start(): Promise<void> {
    this.server = net.createServer((client) => {
      const upstream = net.connect(Number(this.target.port || 7687), this.target.hostname);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server?.listen(this.port, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  async close(): Promise<void> {
    await this.stop();
  }
}
