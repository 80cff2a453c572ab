package dev.signet.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import javax.net.SocketFactory;

/**
 * A {@link SocketFactory} whose sockets never reach the network: each one answers every complete
 * HTTP/1.1 request written to it with {@link Bodies#response(String)} for the request's path, in the
 * calling thread. Given to both the raw OkHttp client and Signet's (which shares the raw client's
 * configuration), it takes the kernel, the loopback server and the scheduler out of the measurement,
 * leaving the client's own CPU: every OkHttp interceptor, the codec reading and writing real HTTP
 * bytes, the connection pool, and the decode. Far steadier than loopback on a 2-core machine.
 *
 * <p>Example: {@code new OkHttpClient.Builder().socketFactory(new InMemorySocketFactory()).build()}.
 */
public final class InMemorySocketFactory extends SocketFactory {
  @Override
  public Socket createSocket() {
    return new InMemorySocket();
  }

  @Override
  public Socket createSocket(String host, int port) {
    return new InMemorySocket();
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort) {
    return new InMemorySocket();
  }

  @Override
  public Socket createSocket(InetAddress host, int port) {
    return new InMemorySocket();
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) {
    return new InMemorySocket();
  }

  /** A growable byte buffer whose array can be read in place. */
  private static final class RequestBuffer extends ByteArrayOutputStream {
    RequestBuffer() {
      super(1024);
    }

    byte[] buffer() {
      return buf;
    }
  }

  /** One connection: buffers the request, and once its head and body are complete, queues the answer. */
  private static final class InMemorySocket extends Socket {
    private final RequestBuffer request = new RequestBuffer();
    private int scanned;
    private byte[] answer = new byte[0];
    private int answerPos;
    private boolean connected;
    private boolean closed;
    private int soTimeout;
    private InetSocketAddress remote = new InetSocketAddress(InetAddress.getLoopbackAddress(), 80);

    private final InputStream in = new InputStream() {
      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (closed) {
          throw new IOException("socket closed");
        }
        if (answerPos >= answer.length) {
          throw new IOException("in-memory socket: read with no complete request written");
        }
        int n = Math.min(len, answer.length - answerPos);
        System.arraycopy(answer, answerPos, b, off, n);
        answerPos += n;
        return n;
      }

      @Override
      public int available() {
        return answer.length - answerPos;
      }
    };

    private final OutputStream out = new OutputStream() {
      @Override
      public void write(int b) {
        request.write(b);
        answerIfComplete();
      }

      @Override
      public void write(byte[] b, int off, int len) {
        request.write(b, off, len);
        answerIfComplete();
      }
    };

    /**
     * Cheap by design (it must not weigh on the measurement): scans only the new bytes for the end
     * of the head and answers as soon as the head is complete. Bytes written after that, until the
     * answer has been read, are the request body and are dropped (HTTP/1.1 sends the next request on
     * a connection only after the previous response was read).
     */
    private void answerIfComplete() {
      if (answerPos < answer.length) {
        request.reset();
        return;
      }
      byte[] bytes = request.buffer();
      int size = request.size();
      for (int i = Math.max(scanned - 3, 0); i + 3 < size; i++) {
        if (bytes[i] == '\r' && bytes[i + 1] == '\n' && bytes[i + 2] == '\r' && bytes[i + 3] == '\n') {
          int start = indexOf(bytes, (byte) ' ', 0, i) + 1;
          int end = start;
          while (bytes[end] != ' ' && bytes[end] != '?') {
            end++;
          }
          answer = Bodies.response(new String(bytes, start, end - start, StandardCharsets.ISO_8859_1));
          answerPos = 0;
          request.reset();
          scanned = 0;
          return;
        }
      }
      scanned = size;
    }

    private static int indexOf(byte[] bytes, byte b, int from, int to) {
      for (int i = from; i < to; i++) {
        if (bytes[i] == b) {
          return i;
        }
      }
      return -1;
    }

    @Override
    public void connect(SocketAddress endpoint, int timeout) {
      if (endpoint instanceof InetSocketAddress a) {
        remote = a;
      }
      connected = true;
    }

    @Override
    public void connect(SocketAddress endpoint) {
      connect(endpoint, 0);
    }

    @Override
    public InputStream getInputStream() {
      return in;
    }

    @Override
    public OutputStream getOutputStream() {
      return out;
    }

    @Override
    public boolean isConnected() {
      return connected;
    }

    @Override
    public boolean isClosed() {
      return closed;
    }

    @Override
    public synchronized void close() {
      closed = true;
    }

    @Override
    public boolean isInputShutdown() {
      return closed;
    }

    @Override
    public boolean isOutputShutdown() {
      return closed;
    }

    @Override
    public void shutdownInput() {
      closed = true;
    }

    @Override
    public void shutdownOutput() {
      closed = true;
    }

    @Override
    public synchronized void setSoTimeout(int timeout) {
      soTimeout = timeout;
    }

    @Override
    public synchronized int getSoTimeout() {
      return soTimeout;
    }

    @Override
    public void setTcpNoDelay(boolean on) {
      // nothing to delay
    }

    @Override
    public InetAddress getInetAddress() {
      return remote.getAddress();
    }

    @Override
    public int getPort() {
      return remote.getPort();
    }

    @Override
    public SocketAddress getRemoteSocketAddress() {
      return remote;
    }

    @Override
    public InetAddress getLocalAddress() {
      return InetAddress.getLoopbackAddress();
    }

    @Override
    public int getLocalPort() {
      return 50000;
    }

    @Override
    public SocketAddress getLocalSocketAddress() {
      return new InetSocketAddress(InetAddress.getLoopbackAddress(), 50000);
    }
  }
}
