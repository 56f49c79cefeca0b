package org.commonground.bot.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.commonground.bot.testing.ProfilePayload;
import org.commonground.bot.testing.Replicas;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.SignedRequests;
import org.commonground.bot.testing.SlackCall;
import org.commonground.bot.testing.SlackPayloads;
import org.commonground.bot.testing.SlackSigner;
import org.commonground.bot.testing.StoredRows;
import org.commonground.storage.tags.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two replicas of the app behind a load balancer, sharing one PostgreSQL. */
class TwoReplicasTest {

  private static final String ADMIN = "U0ADMIN";
  private static final List<String> MEMBERS =
      List.of("U0ANNA", "U0BEN", "U0CARA", "U0DEV", "U0EVE");

  @RegisterExtension
  final Replicas replicas =
      new Replicas(2, Map.of("ADMIN_USER_IDS", ADMIN, "DIGEST_MESSAGES_PER_MINUTE", "60000"));

  @Test
  void theRoundTriggeredOnBothIsComputedOnceAndEachMemberGetsOneDigest() {
    introduceMembersThroughEitherReplica();

    CompletableFuture<?> first = runRoundOn(0);
    CompletableFuture<?> second = runRoundOn(1);
    CompletableFuture.allOf(first, second).join();
    List<SlackCall> posts = replicas.slack().awaitCalls("chat.postMessage", MEMBERS.size() * 2 + 2);

    assertThat(posts.stream().filter(post -> ADMIN.equals(post.param("channel"))))
        .as("each replica reports its run to the admin once it has finished")
        .hasSize(2);

    int rounds =
        replicas
            .jdbi()
            .withHandle(h -> h.select("SELECT COUNT(*) FROM round").mapTo(Integer.class).one());
    assertThat(rounds).isEqualTo(1);
    Map<String, Long> digestsPerMember = digestsPerRecipient();
    assertThat(digestsPerMember).containsOnlyKeys(MEMBERS);
    assertThat(digestsPerMember.values()).containsOnly(1L);
  }

  @Test
  void anEventRetriedToTheOtherReplicaActsOnce() {
    String teamJoin = SlackPayloads.teamJoin("Ev0SHARED", "U0NEWCOMER");

    replicas.requests(0).event(teamJoin);
    replicas.requests(1).event(teamJoin, Map.of("X-Slack-Retry-Num", "1"));
    replicas.slack().awaitCall("chat.postMessage");

    assertThat(replicas.slack().calls("chat.postMessage")).hasSize(1);
  }

  @Test
  void aSlashCommandReplayedToTheOtherReplicaActsOnce() {
    String body = SignedRequests.slashCommandBody("/tags", "add Fuel poverty", ADMIN);
    String timestamp = Long.toString(Instant.now().getEpochSecond());
    String signature = SlackSigner.sign(RunningApp.SIGNING_SECRET, timestamp, body);

    HttpResponse<String> original =
        replicas.requests(0).send(SignedRequests.FORM, body, timestamp, signature);
    HttpResponse<String> replay =
        replicas.requests(1).send(SignedRequests.FORM, body, timestamp, signature);

    assertThat(original.body()).contains("Added *Fuel poverty*");
    assertThat(replay.statusCode()).isEqualTo(200);
    assertThat(replay.body()).doesNotContain("Fuel poverty");
    assertThat(new StoredRows(replicas.jdbi()).audit(10)).hasSize(1);
  }

  private void introduceMembersThroughEitherReplica() {
    List<Tag> tags = replicas.stores().tags().active();
    for (int i = 0; i < MEMBERS.size(); i++) {
      String payload =
          ProfilePayload.valid(tags.get(0).id(), tags.get(1 + i % 2).id())
              .user(MEMBERS.get(i))
              .newOrganisation("Organisation " + i)
              .json();
      assertThat(replicas.requests(i % 2).interaction(payload).statusCode()).isEqualTo(200);
    }
    replicas.slack().awaitCalls("chat.postMessage", MEMBERS.size());
  }

  private CompletableFuture<?> runRoundOn(int replica) {
    return CompletableFuture.runAsync(
        () -> replicas.requests(replica).slashCommand("/digest", "run", ADMIN));
  }

  /** How many digests each member was sent: digests carry metadata, other messages do not. */
  private Map<String, Long> digestsPerRecipient() {
    return replicas.slack().calls("chat.postMessage").stream()
        .filter(call -> call.param("metadata") != null)
        .map(call -> call.param("channel"))
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }
}
