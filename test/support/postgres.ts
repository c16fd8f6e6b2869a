import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { freePort } from "./freePort";

/** Debian's PostgreSQL 15 server binaries (apt-get install postgresql; .ci/run installs it). */
const BIN = "/usr/lib/postgresql/15/bin";

/** A PostgreSQL server of the test's own, on 127.0.0.1 and a free port, in a temporary folder; `stop` removes it. */
export interface TestPostgres {
  port: number;
  /** The folder the server may read files from (owned by the postgres user). */
  folder: string;
  stop: () => void;
}


/** Runs a server binary as the postgres user (initdb refuses root). */
function asPostgres(binary: string, args: string[]): void {
  const command = process.getuid?.() === 0 ? ["runuser", ["-u", "postgres", "--", path.join(BIN, binary), ...args]] : [path.join(BIN, binary), args];
  execFileSync(command[0] as string, command[1] as string[], { stdio: "pipe" });
}

/**
 * Starts a throw-away PostgreSQL server: initdb in a temporary folder the postgres user owns (trust authentication,
 * user postgres), pg_ctl start on 127.0.0.1 and a free port, sockets in the folder.
 * @example const server = await startPostgres(); …; server.stop();
 */
export async function startPostgres(): Promise<TestPostgres> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "kv-postgres-"));
  if (process.getuid?.() === 0) execFileSync("chown", ["postgres:postgres", folder]);
  const data = path.join(folder, "data");
  asPostgres("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "--encoding=UTF8", "--locale=C"]);
  const port = await freePort();
  asPostgres("pg_ctl", ["-D", data, "-l", path.join(folder, "server.log"), "-w", "-o", `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1`, "start"]);
  return {
    port,
    folder,
    stop: () => {
      try {
        asPostgres("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
      } finally {
        fs.rmSync(folder, { recursive: true, force: true });
      }
    },
  };
}
