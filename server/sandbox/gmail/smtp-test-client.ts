/**
 * A line-level SMTP client for the sandbox's tests: it sends raw commands and returns each reply's
 * lines exactly as the server wrote them, so tests compare Gmail's wording byte for byte (nodemailer
 * keeps only parts of it). STARTTLS upgrades the same socket and verifies the server's certificate
 * against the CA it is given, host name included.
 */
import net from "node:net";
import tls from "node:tls";

export class SmtpTestClient {
  #socket: net.Socket;
  #buffer = "";
  #lines: string[] = [];
  #waiting: (() => void) | undefined;
  #failure: Error | undefined;
  readonly #host: string;

  private constructor(socket: net.Socket, host: string) {
    this.#socket = socket;
    this.#host = host;
    this.#listen(socket);
  }

  /** Connects and returns the client; read the greeting with `reply()`. */
  static async connect(host: string, port: number): Promise<SmtpTestClient> {
    const socket = net.connect({ host, port });
    await new Promise<void>((resolve, reject) => {
      socket.once("connect", resolve);
      socket.once("error", reject);
    });
    return new SmtpTestClient(socket, host);
  }

  /** The next complete reply: its lines, without CRLF. */
  async reply(): Promise<string[]> {
    const lines: string[] = [];
    for (;;) {
      const line = await this.#nextLine();
      lines.push(line);
      if (/^\d{3}(?: |$)/.test(line)) return lines;
    }
  }

  /** Sends one command line and returns the reply to it. */
  async command(line: string): Promise<string[]> {
    this.#socket.write(`${line}\r\n`);
    return this.reply();
  }

  /** Sends STARTTLS and, on 220, completes the TLS handshake trusting only `ca` (none: Node's default CAs). */
  async startTls(ca?: string): Promise<string[]> {
    const answer = await this.command("STARTTLS");
    if (!answer[0]?.startsWith("220")) return answer;
    this.#socket.removeAllListeners("data");
    const secure = tls.connect({
      socket: this.#socket,
      host: this.#host,
      ...(net.isIP(this.#host) ? {} : { servername: this.#host }),
      ...(ca ? { ca } : {}),
    });
    await new Promise<void>((resolve, reject) => {
      secure.once("secureConnect", resolve);
      secure.once("error", reject);
    });
    this.#socket = secure;
    this.#listen(secure);
    return answer;
  }

  close(): void {
    this.#socket.destroy();
  }

  #listen(socket: net.Socket): void {
    socket.on("data", (chunk: Buffer) => {
      this.#buffer += chunk.toString("utf8");
      const parts = this.#buffer.split("\r\n");
      this.#buffer = parts.pop() ?? "";
      this.#lines.push(...parts);
      this.#wake();
    });
    socket.on("error", (error: Error) => {
      this.#failure = error;
      this.#wake();
    });
    socket.on("close", () => {
      this.#failure ??= new Error("The server closed the connection.");
      this.#wake();
    });
  }

  #wake(): void {
    const waiting = this.#waiting;
    this.#waiting = undefined;
    waiting?.();
  }

  async #nextLine(): Promise<string> {
    for (;;) {
      const line = this.#lines.shift();
      if (line !== undefined) return line;
      if (this.#failure) throw this.#failure;
      await new Promise<void>((resolve) => {
        this.#waiting = resolve;
      });
    }
  }
}
