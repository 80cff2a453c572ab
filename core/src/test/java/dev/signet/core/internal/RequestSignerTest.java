package dev.signet.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.core.SigningInput;
import dev.signet.core.SigningResult;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import okio.ByteString;
import org.junit.jupiter.api.Test;

/** What the signer sees, what goes out, and the ordered signer's one-at-a-time turn. */
class RequestSignerTest {
  private final List<SigningInput> seen = new CopyOnWriteArrayList<>();

  private SigningResult echo(SigningInput in) {
    seen.add(in);
    return new SigningResult(in.encodedQuery(), in.body(), List.of(), "text");
  }

  private static Response ok(Request r) {
    return new Response.Builder().request(r).protocol(Protocol.HTTP_1_1).code(200).message("OK").build();
  }

  private static void await(CountDownLatch latch) throws java.io.IOException {
    try {
      latch.await(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      throw new java.io.InterruptedIOException();
    }
  }

  private static String bodyOf(Request r) throws Exception {
    Buffer b = new Buffer();
    r.body().writeTo(b);
    return b.readUtf8();
  }

  @Test
  void aBodyThatIsNotBytesIsReadOnceAndSignedAsIs() throws Exception {
    RequestSigner s = RequestSigner.of("API-Key", "key-1", this::echo);
    Request post = new Request.Builder().url("https://h.example/p?x=1")
        .post(RequestBody.create("a=1&b=2", MediaType.get("application/x-www-form-urlencoded"))).build();
    Request signed = s.sign(post);
    assertThat(seen).hasSize(1);
    SigningInput in = seen.get(0);
    assertThat(in.method()).isEqualTo("POST");
    assertThat(in.encodedPath()).isEqualTo("/p");
    assertThat(in.encodedQuery()).isEqualTo("x=1");
    assertThat(in.body().utf8()).isEqualTo("a=1&b=2");
    assertThat(in.contentType()).isEqualTo("application/x-www-form-urlencoded; charset=utf-8");
    assertThat(bodyOf(signed)).isEqualTo("a=1&b=2");
    assertThat(signed.header("API-Key")).isEqualTo("key-1");
  }

  @Test
  void aGetHasNoBodyAndNoContentTypeAndStaysAGet() throws Exception {
    RequestSigner s = RequestSigner.of("X-MBX-APIKEY", "key-2", this::echo);
    Request signed = s.sign(new Request.Builder().url("https://h.example/g").build());
    assertThat(seen.get(0).body()).isEqualTo(ByteString.EMPTY);
    assertThat(seen.get(0).contentType()).isNull();
    assertThat(seen.get(0).encodedQuery()).isEmpty();
    assertThat(signed.method()).isEqualTo("GET");
    assertThat(signed.body()).isNull();
    assertThat(signed.url().toString()).isEqualTo("https://h.example/g");
  }

  @Test
  void aBodyTheSignerAddsToAnEmptyPostGoesOutAsAForm() throws Exception {
    RequestSigner s = RequestSigner.of("K", "key-3",
        in -> new SigningResult(in.encodedQuery(), ByteString.encodeUtf8("nonce=1"), List.of(), "t"));
    Request signed = s.sign(new Request.Builder().url("https://h.example/p")
        .post(new BytesBody(ByteString.EMPTY, MediaTypes.FORM)).build());
    assertThat(bodyOf(signed)).isEqualTo("nonce=1");
    assertThat(signed.body().contentType().toString()).isEqualTo(MediaTypes.FORM.toString());
  }

  @Test
  void withKeyPutsTheKeyHeaderOnOnly() {
    RequestSigner s = RequestSigner.of("X-MBX-APIKEY", "key-4", this::echo);
    Request r = s.withKey(new Request.Builder().url("https://h.example/k").build());
    assertThat(r.header("X-MBX-APIKEY")).isEqualTo("key-4");
    assertThat(r.headers().size()).isEqualTo(1);
    assertThat(seen).isEmpty();
    assertThat(s.toString()).isEqualTo("RequestSigner{X-MBX-APIKEY: key-…, " + s.toString().split(", ", 2)[1]);
    assertThat(s.toString()).doesNotContain("key-4").doesNotContain("ordered");
    assertThat(RequestSigner.ordered("K", "key-4", this::echo).toString()).endsWith(", ordered}");
  }

  @Test
  void theOrderedSignerHoldsItsTurnUntilTheResponseArrives() throws Exception {
    RequestSigner s = RequestSigner.ordered("API-Key", "k", this::echo);
    CountDownLatch firstSending = new CountDownLatch(1);
    CountDownLatch releaseFirst = new CountDownLatch(1);
    Thread first = new Thread(() -> {
      try {
        s.signAndSend(new Request.Builder().url("https://h.example/1").build(), r -> {
          firstSending.countDown();
          await(releaseFirst);
          return ok(r);
        });
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
    first.start();
    assertThat(firstSending.await(2, TimeUnit.SECONDS)).isTrue();
    CountDownLatch secondSigned = new CountDownLatch(1);
    Thread second = new Thread(() -> {
      try {
        s.signAndSend(new Request.Builder().url("https://h.example/2").build(), r -> {
          secondSigned.countDown();
          return ok(r);
        });
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
    second.start();
    assertThat(secondSigned.await(200, TimeUnit.MILLISECONDS)).as("the second waits for the first's answer").isFalse();
    assertThat(seen).hasSize(1);
    releaseFirst.countDown();
    assertThat(secondSigned.await(2, TimeUnit.SECONDS)).as("the turn passes once the first is answered").isTrue();
    first.join();
    second.join();
    assertThat(seen).extracting(SigningInput::encodedPath).containsExactly("/1", "/2");
  }

  @Test
  void theConcurrentSignerDoesNotWait() throws Exception {
    RequestSigner s = RequestSigner.of("X", "k", this::echo);
    CountDownLatch releaseFirst = new CountDownLatch(1);
    CountDownLatch firstSending = new CountDownLatch(1);
    Thread first = new Thread(() -> {
      try {
        s.signAndSend(new Request.Builder().url("https://h.example/1").build(), r -> {
          firstSending.countDown();
          await(releaseFirst);
          return ok(r);
        });
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
    first.start();
    assertThat(firstSending.await(2, TimeUnit.SECONDS)).isTrue();
    Response second = s.signAndSend(new Request.Builder().url("https://h.example/2").build(), RequestSignerTest::ok);
    assertThat(second.code()).isEqualTo(200);
    releaseFirst.countDown();
    first.join();
  }
}
