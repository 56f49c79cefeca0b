package org.commonground.bot.slack.consent;

import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import org.commonground.bot.core.consent.ConsentWords;
import org.commonground.bot.core.consent.NoticeAgreements;
import org.commonground.bot.core.consent.NoticeAgreements.Result;
import org.commonground.bot.slack.Poster;

/**
 * A member agreeing to the privacy notice with <b>I agree</b>, in the DM that asked them or in App
 * Home, as {@link NoticeAgreements} records it. The DM the app sent is updated, never a message a
 * click names.
 */
public final class NoticeAgreement {

  private final NoticeAgreements agreements;
  private final Poster poster;
  private final BiConsumer<String, Optional<String>> publishHome;
  private final Executor background;

  /**
   * @param publishHome republishes a member's App Home, with a line at the top if given
   */
  public NoticeAgreement(
      NoticeAgreements agreements,
      Poster poster,
      BiConsumer<String, Optional<String>> publishHome,
      Executor background) {
    this.agreements = agreements;
    this.poster = poster;
    this.publishHome = publishHome;
    this.background = background;
  }

  /** The member clicked <b>I agree</b> on a button carrying {@code version}. */
  public void agree(String userId, String version) {
    Result result = agreements.agree(userId, version);
    if (result instanceof Result.EarlierVersion) {
      publishHome.accept(userId, Optional.of(ConsentWords.EARLIER_VERSION));
    } else if (result instanceof Result.Agreed agreed) {
      publishHome.accept(userId, Optional.of(agreed.thanks()));
      agreements
          .requestMessage(userId)
          .ifPresent(
              dm ->
                  background.execute(
                      () ->
                          poster.update(
                              dm.channel(),
                              dm.ts(),
                              ConsentRequestDm.TEXT,
                              ConsentRequestDm.agreed(agreed.thanks()))));
    } else {
      publishHome.accept(userId, Optional.empty());
    }
  }
}
