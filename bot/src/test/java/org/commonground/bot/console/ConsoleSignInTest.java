package org.commonground.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.commonground.bot.testing.ConsoleClient;
import org.commonground.bot.testing.ConsoleClient.Page;
import org.commonground.bot.testing.FakeSlack;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Signing in to the console with Slack, through the real server and the fake Slack's OpenID
 * Connect: who gets in, who is refused and with what words, and what a session's cookie allows.
 */
class ConsoleSignInTest {

  private static final String ADMIN = "U0ADMIN01";

  @RegisterExtension
  final RunningApp app = new RunningApp().withConsole().with("ADMIN_USER_IDS", ADMIN);

  @Test
  void aSignedOutBrowserIsSentToSignIn() {
    Page page = app.console().get("/admin/impact");

    assertThat(page.uri().getPath()).isEqualTo("/admin/sign-in");
    assertThat(page.text()).contains("Sign in to the console", "Sign in with Slack");
    assertThat(page.document().select("a[href=/admin/sign-in/slack]")).hasSize(1);
  }

  @Test
  void anAdminSignsInWithSlackAndSeesTheOverview() {
    ConsoleClient browser = app.console();

    Page page = browser.signInAs(app.slack(), ADMIN, "Ada Lovelace");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.uri().getPath()).isEqualTo("/admin");
    assertThat(page.text())
        .contains("Signed in as Ada Lovelace", "Overview")
        .contains("Next round Monday 23 November, 09:00 (Europe/London)");
    assertThat(browser.cookie("cg_console"))
        .hasValueSatisfying(
            cookie -> {
              assertThat(cookie.isHttpOnly()).isTrue();
              assertThat(cookie.getPath()).isEqualTo("/admin");
              assertThat(cookie.getSecure()).as("over plain http on loopback").isFalse();
            });
    assertThat(browser.cookie("cg_sign_in")).as("the sign-in's state is used up").isEmpty();
    assertThat(auditActions()).contains("console.sign_in");
  }

  @Test
  void theSessionCookieIsHttpOnlyLaxAndForTheConsoleAlone() {
    Page opened = rawSignIn();

    assertThat(opened.status()).isEqualTo(303);
    assertThat(opened.headers().get("set-cookie"))
        .filteredOn(cookie -> cookie.startsWith("cg_console="))
        .singleElement()
        .satisfies(
            cookie ->
                assertThat(cookie)
                    .contains("HttpOnly", "SameSite=Lax", "Path=/admin")
                    .doesNotContain("Secure"));
  }

  @Test
  void someoneWhoIsNotAnAdminIsToldSoAndGetsNoSession() {
    ConsoleClient browser = app.console();

    Page page = browser.signInAs(app.slack(), "U0MEMBER1", "Grace Hopper");

    assertThat(page.status()).isEqualTo(403);
    assertThat(page.text())
        .contains("You're signed in as Grace Hopper, who isn't one of this network's admins");
    assertThat(browser.get("/admin").uri().getPath()).isEqualTo("/admin/sign-in");
  }

  @Test
  void aWorkspaceAdminInSlackIsAnAdminHereToo() {
    app.slack()
        .answerNext(
            "users.info",
            FakeSlack.Answer.ok(
                Samples.text("users.info.admin_example.json")
                    .replace("\"U0123ADMIN\"", "\"U0WSADMIN\"")));

    Page page = app.console().signInAs(app.slack(), "U0WSADMIN", "Katherine Johnson");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text()).contains("Signed in as Katherine Johnson");
  }

  @Test
  void someoneFromAnotherWorkspaceIsRefused() {
    app.slack().signIn().signInFromAnotherWorkspace(ADMIN, "Ada Lovelace");

    Page page = app.console().get("/admin/sign-in/slack");

    assertThat(page.status()).isEqualTo(403);
    assertThat(page.text()).contains("You signed in to a different Slack workspace");
  }

  @Test
  void anIdTokenForAnotherAppIsRefused() {
    app.slack().signIn().tamperWithIdTokens(claims -> claims.audience("another-app"));

    assertRefused(app.console().signInAs(app.slack(), ADMIN, "Ada Lovelace"));
  }

  @Test
  void anExpiredIdTokenIsRefused() {
    Instant past = app.clock().instant().minus(Duration.ofHours(1));
    app.slack()
        .signIn()
        .tamperWithIdTokens(
            claims ->
                claims.issueTime(Date.from(past)).expirationTime(Date.from(past.plusSeconds(300))));

    assertRefused(app.console().signInAs(app.slack(), ADMIN, "Ada Lovelace"));
  }

  @Test
  void anIdTokenWithAnotherNonceIsRefused() {
    app.slack().signIn().tamperWithIdTokens(claims -> claims.claim("nonce", "replayed"));

    assertRefused(app.console().signInAs(app.slack(), ADMIN, "Ada Lovelace"));
  }

  @Test
  void anIdTokenFromAnotherIssuerIsRefused() {
    app.slack().signIn().tamperWithIdTokens(claims -> claims.issuer("https://evil.example"));

    assertRefused(app.console().signInAs(app.slack(), ADMIN, "Ada Lovelace"));
  }

  @Test
  void anIdTokenSignedWithAnUnpublishedKeyIsRefused() {
    app.slack().signIn().signWithUnpublishedKey();

    assertRefused(app.console().signInAs(app.slack(), ADMIN, "Ada Lovelace"));
  }

  @Test
  void cancellingOnSlacksPageSaysSo() {
    Page page = app.console().get("/admin/sign-in/slack");

    assertThat(page.status()).isEqualTo(403);
    assertThat(page.text()).contains("Sign-in was cancelled");
  }

  @Test
  void anAnswerForASignInStartedInAnotherBrowserIsRefused() {
    ConsoleClient attacker = app.console();
    app.slack().signIn().signInAs("U0ATTACKER", "Mallory");
    // The attacker stops at Slack's answer and sends the victim the link back.
    String callback = firstHopBack(attacker);

    Page page = app.console().get(callback);

    assertThat(page.status()).isEqualTo(403);
    assertThat(page.text()).contains("started in another browser");
  }

  @Test
  void anAnswerIsTakenOnce() {
    ConsoleClient browser = app.console();
    app.slack().signIn().signInAs(ADMIN, "Ada Lovelace");
    String callback = firstHopBack(browser);
    browser.get(callback);

    Page again = browser.get(callback);

    assertThat(again.status()).isEqualTo(403);
  }

  @Test
  void aFormWithoutItsTokenChangesNothing() {
    ConsoleClient browser = app.console();
    browser.signInAs(app.slack(), ADMIN, "Ada Lovelace");

    Page missing = browser.postExactly("/admin/sign-out", Map.of());
    Page wrong = browser.postExactly("/admin/sign-out", Map.of("csrf", "forged"));

    assertThat(missing.status()).isEqualTo(403);
    assertThat(wrong.status()).isEqualTo(403);
    assertThat(wrong.text()).contains("Nothing was changed");
    assertThat(browser.get("/admin").text()).as("still signed in").contains("Signed in as Ada");
  }

  @Test
  void signingOutEndsTheSession() {
    ConsoleClient browser = app.console();
    browser.signInAs(app.slack(), ADMIN, "Ada Lovelace");

    Page out = browser.post("/admin/sign-out", Map.of());

    assertThat(out.uri().getPath()).isEqualTo("/admin/sign-in");
    assertThat(browser.get("/admin").uri().getPath()).isEqualTo("/admin/sign-in");
  }

  @Test
  void aFormSentAfterSigningOutChangesNothingAndOffersSignIn() {
    ConsoleClient browser = app.console();
    browser.signInAs(app.slack(), ADMIN, "Ada Lovelace");
    browser.get("/admin/schedule");
    String token = browser.csrf();
    browser.post("/admin/sign-out", Map.of());

    Page page =
        browser.postExactly(
            "/admin/schedule",
            Map.of(
                "csrf",
                token,
                "action",
                "schedule",
                "day",
                "Friday",
                "time",
                "15:00",
                "zone",
                "Europe/London"));

    assertThat(page.status()).isEqualTo(403);
    assertThat(page.text()).contains("You were signed out, so nothing was changed");
    assertThat(page.document().select("a.button").text()).isEqualTo("Sign in with Slack");
    assertThat(auditActions()).doesNotContain("settings.schedule");
  }

  @Test
  void aSessionIdleForHalfAnHourEnds() {
    ConsoleClient browser = app.console();
    browser.signInAs(app.slack(), ADMIN, "Ada Lovelace");
    app.clock().advance(Duration.ofMinutes(29));
    assertThat(browser.get("/admin").uri().getPath()).isEqualTo("/admin");

    app.clock().advance(Duration.ofMinutes(31));

    assertThat(browser.get("/admin").uri().getPath()).isEqualTo("/admin/sign-in");
  }

  @Test
  void everyPageKeepsOutOfFramesCachesAndScripts() {
    Page page = app.console().get("/admin/sign-in");

    assertThat(page.header("Content-Security-Policy"))
        .hasValueSatisfying(
            policy -> assertThat(policy).contains("default-src 'none'", "frame-ancestors 'none'"));
    assertThat(page.header("Cache-Control")).contains("no-store");
    assertThat(page.header("Referrer-Policy")).contains("no-referrer");
  }

  @Test
  void anUnknownPageIsNotFoundOnceSignedIn() {
    ConsoleClient browser = app.console();
    browser.signInAs(app.slack(), ADMIN, "Ada Lovelace");

    Page page = browser.get("/admin/nowhere");

    assertThat(page.status()).isEqualTo(404);
    assertThat(page.text()).contains("Page not found");
  }

  private void assertRefused(Page page) {
    assertThat(page.status()).isEqualTo(403);
    assertThat(page.text()).contains("Sign-in didn't finish");
    assertThat(page.text()).doesNotContain("Signed in as");
  }

  /** Where Slack sends the browser back, without following it. */
  private String firstHopBack(ConsoleClient browser) {
    HttpClient noRedirects = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    try {
      var start =
          noRedirects.send(
              HttpRequest.newBuilder(app.uri().resolve("/admin/sign-in/slack")).build(),
              HttpResponse.BodyHandlers.discarding());
      String slackPage = start.headers().firstValue("Location").orElseThrow();
      var back =
          noRedirects.send(
              HttpRequest.newBuilder(URI.create(slackPage)).build(),
              HttpResponse.BodyHandlers.discarding());
      URI callback = URI.create(back.headers().firstValue("Location").orElseThrow());
      return callback.getRawPath() + "?" + callback.getRawQuery();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A whole sign-in by hand, returning the answer that opens the session. */
  private Page rawSignIn() {
    CookieManager jar = new CookieManager();
    HttpClient client = HttpClient.newBuilder().cookieHandler(jar).build();
    app.slack().signIn().signInAs(ADMIN, "Ada Lovelace");
    try {
      var start =
          client.send(
              HttpRequest.newBuilder(app.uri().resolve("/admin/sign-in/slack")).build(),
              HttpResponse.BodyHandlers.discarding());
      var back =
          client.send(
              HttpRequest.newBuilder(
                      URI.create(start.headers().firstValue("Location").orElseThrow()))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      var opened =
          client.send(
              HttpRequest.newBuilder(
                      URI.create(back.headers().firstValue("Location").orElseThrow()))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return new Page(opened.statusCode(), opened.uri(), opened.body(), opened.headers().map());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private List<String> auditActions() {
    return app.jdbi()
        .withHandle(
            handle ->
                handle.createQuery("SELECT action FROM audit_log").mapTo(String.class).list());
  }
}
