package dev.rituals.bench.load;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One keep-alive HTTP/1.1 connection to 127.0.0.1, blocking: write a whole request, read one whole
 * response. Much cheaper per request than java.net.http on two shared cores, and it measures the
 * server, not a client's connection pool. Reconnects after any failure.
 */
public final class HttpConnection implements AutoCloseable {
  private static final int TIMEOUT_MILLIS = 30_000;

  private final int port;
  private Socket socket;
  private InputStream in;
  private OutputStream out;
  private final byte[] line = new byte[8192];

  public HttpConnection(int port) {
    this.port = port;
  }

  /**
   * Sends {@code request} (complete bytes, head and body) and reads the response.
   *
   * @return the HTTP status
   * @throws IOException on connection failure or a malformed response (the connection is reset)
   */
  public int exchange(byte[] request) throws IOException {
    try {
      if (socket == null) {
        connect();
      }
      out.write(request);
      out.flush();
      return readResponse();
    } catch (IOException | RuntimeException e) {
      close();
      throw e instanceof IOException io ? io : new IOException(e);
    }
  }

  private void connect() throws IOException {
    Socket s = new Socket();
    s.setTcpNoDelay(true);
    s.setSoTimeout(TIMEOUT_MILLIS);
    s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), TIMEOUT_MILLIS);
    socket = s;
    in = new BufferedInputStream(s.getInputStream(), 16 * 1024);
    out = s.getOutputStream();
  }

  private int readResponse() throws IOException {
    String status = readLine();
    if (!status.startsWith("HTTP/1.")) {
      throw new IOException("not an HTTP response: " + status);
    }
    int code = Integer.parseInt(status.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    boolean close = false;
    for (int i = 0; i < 200; i++) {
      String header = readLine();
      if (header.isEmpty()) {
        break;
      }
      int colon = header.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String name = header.substring(0, colon).trim();
      String value = header.substring(colon + 1).trim();
      if (name.equalsIgnoreCase("Content-Length")) {
        length = Long.parseLong(value);
      } else if (name.equalsIgnoreCase("Transfer-Encoding") && value.contains("chunked")) {
        chunked = true;
      } else if (name.equalsIgnoreCase("Connection") && value.equalsIgnoreCase("close")) {
        close = true;
      }
    }
    if (chunked) {
      skipChunks();
    } else if (length > 0) {
      skip(length);
    } else if (length < 0) {
      close = true; // body until close: read it all
      while (in.read(line) >= 0) {
        // drain
      }
    }
    if (close) {
      close();
    }
    return code;
  }

  private void skipChunks() throws IOException {
    for (int i = 0; i < 100_000; i++) {
      String size = readLine();
      int semicolon = size.indexOf(';');
      long n = Long.parseLong((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
      if (n == 0) {
        while (!readLine().isEmpty()) {
          // trailers
        }
        return;
      }
      skip(n);
      readLine();
    }
    throw new IOException("too many chunks");
  }

  private void skip(long n) throws IOException {
    long left = n;
    while (left > 0) {
      int read = in.read(line, 0, (int) Math.min(line.length, left));
      if (read < 0) {
        throw new IOException("connection closed inside a body");
      }
      left -= read;
    }
  }

  private String readLine() throws IOException {
    int length = 0;
    while (true) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("connection closed");
      }
      if (b == '\n') {
        break;
      }
      if (b != '\r') {
        if (length == line.length) {
          throw new IOException("header line too long");
        }
        line[length++] = (byte) b;
      }
    }
    return new String(line, 0, length, StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing a broken connection
      }
      socket = null;
    }
  }
}
