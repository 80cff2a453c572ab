package dev.signet.cli;

import dev.signet.core.internal.Credentials;
import dev.signet.core.SigningResult;
import java.io.IOException;
import java.io.PrintWriter;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;

/**
 * The {@code -v} output: a network interceptor that prints each request exactly as it goes on the
 * wire (after signing), with the API key shortened, plus the text that was signed; and the response
 * status. The debugging step Binance's FAQ asks users to do by hand.
 */
final class RequestPrinter implements Interceptor {
  private final PrintWriter err;

  RequestPrinter(PrintWriter err) {
    this.err = err;
  }

  /** An OkHttp client whose requests are printed to {@code err} as they go on the wire. */
  static OkHttpClient httpClient(PrintWriter err) {
    return new OkHttpClient.Builder().addNetworkInterceptor(new RequestPrinter(err)).build();
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    StringBuilder s = new StringBuilder();
    s.append("> ").append(request.method()).append(' ').append(request.url()).append('\n');
    for (int i = 0; i < request.headers().size(); i++) {
      String name = request.headers().name(i);
      String value = request.headers().value(i);
      boolean key = name.equalsIgnoreCase("X-MBX-APIKEY") || name.equalsIgnoreCase("API-Key");
      s.append("> ").append(name).append(": ").append(key ? Credentials.redact(value) : value).append('\n');
    }
    if (request.body() != null) {
      Buffer body = new Buffer();
      request.body().writeTo(body);
      s.append(">\n> ").append(body.readUtf8()).append('\n');
    }
    SigningResult signed = request.tag(SigningResult.class);
    if (signed != null) {
      s.append("signed text: ").append(signed.signedText()).append('\n');
    }
    err.print(s);
    Response response = chain.proceed(request);
    err.println("< HTTP " + response.code());
    err.flush();
    return response;
  }
}
