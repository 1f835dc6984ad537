package dev.rituals.slack.socket;

import java.net.InetSocketAddress;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Slack's Socket Mode end on loopback: greets each connection with "hello", sends the envelopes a
 * test gives it, and collects what the app sends back (acks).
 */
final class FakeSocketModeServer extends WebSocketServer {
  private final CountDownLatch started = new CountDownLatch(1);
  private final BlockingQueue<WebSocket> connections = new LinkedBlockingQueue<>();
  private final BlockingQueue<String> received = new LinkedBlockingQueue<>();

  FakeSocketModeServer() {
    super(new InetSocketAddress("127.0.0.1", 0));
    setReuseAddr(true);
  }

  void startAndWait() throws InterruptedException {
    start();
    if (!started.await(10, TimeUnit.SECONDS)) {
      throw new IllegalStateException("fake Socket Mode server did not start");
    }
  }

  String url() {
    return "ws://127.0.0.1:" + getPort() + "/link/?ticket=test";
  }

  /** Waits for the app to connect. */
  WebSocket connection() throws InterruptedException {
    WebSocket socket = connections.poll(10, TimeUnit.SECONDS);
    if (socket == null) {
      throw new AssertionError("the app never connected");
    }
    return socket;
  }

  /** The next text the app sent, or null after 10 seconds. */
  String nextReceived() throws InterruptedException {
    return received.poll(10, TimeUnit.SECONDS);
  }

  @Override
  public void onStart() {
    started.countDown();
  }

  @Override
  public void onOpen(WebSocket socket, ClientHandshake handshake) {
    socket.send(
        "{\"type\":\"hello\",\"num_connections\":1,"
            + "\"debug_info\":{\"host\":\"applink-test\",\"build_number\":1,"
            + "\"approximate_connection_time\":18060},"
            + "\"connection_info\":{\"app_id\":\"A0RITUALS\"}}");
    connections.add(socket);
  }

  @Override
  public void onMessage(WebSocket socket, String message) {
    received.add(message);
  }

  @Override
  public void onClose(WebSocket socket, int code, String reason, boolean remote) {}

  @Override
  public void onError(WebSocket socket, Exception e) {}
}
