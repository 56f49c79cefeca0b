package org.commonground.bot.slack.introduce;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import java.time.ZoneId;
import java.util.List;
import org.commonground.bot.core.introduce.WarmIntroFeature;
import org.commonground.bot.slack.DirectMessages;
import org.commonground.bot.slack.Poster;
import org.commonground.bot.testing.ButtonClick;
import org.commonground.bot.testing.Members;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.SlackCall;
import org.commonground.storage.blocks.BlockList;
import org.commonground.storage.members.MemberLookup;
import org.commonground.storage.members.ProfileStore;
import org.commonground.storage.warmintros.WarmIntros;

/** A warm introduction driven as Slack drives it: the command, the cards, the clicks. */
final class WarmIntroWire implements AutoCloseable {

  private final RunningApp app;
  private final Slack slack;

  WarmIntroWire(RunningApp app) {
    this.app = app;
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(app.slack().apiUrl());
    this.slack = Slack.getInstance(config);
  }

  /** {@code /introduce} with this text from {@code suggester}: the words of the private reply. */
  String suggest(String suggester, String text) {
    return Members.command(app, "/introduce", text, suggester);
  }

  /** The card the app sent {@code userId}, the {@code nth} (from 0) if there were several. */
  SlackCall cardTo(String userId, int nth) {
    List<SlackCall> cards =
        app.slack().calls("chat.postMessage").stream()
            .filter(c -> userId.equals(c.param("channel")))
            .filter(c -> c.param("blocks") != null)
            .filter(c -> c.param("blocks").contains(WarmIntroCard.YES_ACTION))
            .toList();
    assertThat(cards).as("cards to " + userId).hasSizeGreaterThan(nth);
    return cards.get(nth);
  }

  /** The ts the fake Slack gave a posted message: they are numbered in the order posted. */
  String tsOf(SlackCall post) {
    int index = app.slack().calls("chat.postMessage").indexOf(post);
    return String.format("1717000000.%06d", index + 1);
  }

  /** The suggestion's id, as both of a card's buttons carry it. */
  static String idOn(SlackCall card) {
    return card.param("blocks").replaceAll("(?s).*\"value\":\"(\\d+)\".*", "$1");
  }

  /** {@code userId} clicks a button of {@code card} in the message where it was posted. */
  void click(String userId, String actionId, SlackCall card) {
    send(ButtonClick.of(userId, actionId, idOn(card), card, "D" + userId.substring(1), tsOf(card)));
  }

  /**
   * {@code userId} clicks a button carrying {@code id} in a forged payload: its container names
   * {@code channel} and {@code ts}, and its message carries {@code blocksJson}.
   */
  void forgedClick(
      String userId, String actionId, String id, String channel, String ts, String blocksJson) {
    JsonObject payload =
        JsonParser.parseString(ButtonClick.of(userId, actionId, id, null, channel, ts))
            .getAsJsonObject();
    payload.getAsJsonObject("message").add("blocks", JsonParser.parseString(blocksJson));
    send(payload.toString());
  }

  private void send(String payload) {
    assertThat(app.requests().interaction(payload).statusCode()).isEqualTo(200);
  }

  /** Runs what the lapsing task runs, as another replica would. */
  void lapseDue() {
    MethodsClient client = slack.methods(RunningApp.BOT_TOKEN);
    WarmIntroFeature.create(
            new WarmIntros(app.jdbi(), app.clock()),
            new BlockList(app.jdbi(), app.clock()),
            new ProfileStore(app.jdbi(), app.clock()),
            new SlackWarmIntroMessages(new Poster(client), new DirectMessages(client)),
            Runnable::run,
            app.clock(),
            ZoneId.of("Europe/London"),
            5,
            app::noticeVersion)
        .lapseDue();
  }

  long memberId(String userId) {
    return app.jdbi().onDemand(MemberLookup.class).findByUserId(userId).orElseThrow().id();
  }

  @Override
  public void close() throws Exception {
    slack.close();
  }
}
