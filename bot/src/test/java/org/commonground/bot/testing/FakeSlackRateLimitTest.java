package org.commonground.bot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The fake Slack's limit on {@code chat.postMessage} holds as configured, before and after it
 * changes: a post over it gets Slack's {@code 429} with {@code Retry-After}, and one within it is
 * taken. Time is a counter the test moves, as the benchmark's simulated clock does.
 */
class FakeSlackRateLimitTest {

  private final FakeSlack fake = new FakeSlack();
  private final HttpClient http = HttpClient.newHttpClient();
  private final AtomicLong nanos = new AtomicLong();

  @AfterEach
  void close() {
    fake.close();
  }

  @Test
  void aLimitOf300AMinuteThat900AfterTenPostsIsKeptAsConfigured() throws Exception {
    RateLimit limit = fake.limitRate("chat.postMessage", 5, nanos::get);
    limit.changeAfter(10, 15);

    assertThat(post().statusCode()).isEqualTo(200);
    after(Duration.ofMillis(100));
    HttpResponse<String> tooSoon = post();
    assertThat(tooSoon.statusCode()).isEqualTo(429);
    assertThat(tooSoon.headers().firstValue("Retry-After")).hasValue("1");
    assertThat(JsonParser.parseString(tooSoon.body()).getAsJsonObject().get("error").getAsString())
        .isEqualTo("ratelimited");
    after(Duration.ofMillis(500));
    assertThat(post().statusCode()).as("still within the Retry-After").isEqualTo(429);
    after(Duration.ofMillis(500));
    for (int i = 0; i < 9; i++) {
      assertThat(post().statusCode()).as("post %d, 200 ms apart", i + 2).isEqualTo(200);
      after(Duration.ofMillis(200));
    }

    assertThat(limit.perSecond()).isEqualTo(15);
    for (int i = 0; i < 20; i++) {
      after(Duration.ofMillis(70));
      assertThat(post().statusCode()).as("70 ms apart, over 300/min").isEqualTo(200);
    }
    HttpResponse<String> overTheNewLimit = post();
    assertThat(overTheNewLimit.statusCode()).isEqualTo(429);
    assertThat(overTheNewLimit.headers().firstValue("Retry-After")).hasValue("1");
    assertThat(limit.refused()).isEqualTo(3);
    assertThat(limit.callsTooSoon()).isEqualTo(1);
    assertThat(fake.calls("chat.postMessage")).hasSize(30);
  }

  private void after(Duration wait) {
    nanos.addAndGet(wait.toNanos());
  }

  private HttpResponse<String> post() throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(fake.apiUrl() + "chat.postMessage"))
            .header("Authorization", "Bearer xoxb-0000-test-token")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("channel=U0ANN&text=Hello"))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
