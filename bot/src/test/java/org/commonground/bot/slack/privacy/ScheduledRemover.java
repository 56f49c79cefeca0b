package org.commonground.bot.slack.privacy;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import org.commonground.bot.core.digest.DigestComposer;
import org.commonground.bot.core.digest.DigestRedraw;
import org.commonground.bot.core.privacy.OtherPlatformMessages;
import org.commonground.bot.slack.SlackRemovals;
import org.commonground.bot.testing.RunningApp;
import org.commonground.storage.copies.SlackCopies;
import org.commonground.storage.members.ProfileStore;
import org.commonground.storage.rounds.Deliveries;
import org.commonground.storage.rounds.RoundStore;
import org.commonground.storage.tags.TagCatalogue;

/**
 * The copy remover of a Slack-only app, as its scheduled task runs it, on the app's clock and
 * against the app's fake Slack.
 */
final class ScheduledRemover implements AutoCloseable {

  private final Slack slack;
  private final SlackCopyRemover remover;

  ScheduledRemover(RunningApp app) {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(app.slack().apiUrl());
    slack = Slack.getInstance(config);
    MethodsClient client = slack.methods(RunningApp.BOT_TOKEN);
    remover =
        new SlackCopyRemover(
            new SlackCopies(app.jdbi(), app.clock()),
            new SlackRemovals(client),
            new SlackDigestRewriter(
                new SlackRemovals(client),
                new DigestRedraw(
                    new Deliveries(app.jdbi()),
                    new RoundStore(app.jdbi()),
                    new DigestComposer(
                        new RoundStore(app.jdbi()),
                        new TagCatalogue(app.jdbi(), app.clock()),
                        new ProfileStore(app.jdbi(), app.clock())))),
            OtherPlatformMessages.NONE);
  }

  /** What the scheduled task does when it runs. */
  void removeDue() {
    remover.removeDue();
  }

  @Override
  public void close() throws Exception {
    slack.close();
  }
}
