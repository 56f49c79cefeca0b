package org.commonground.bot.slack.introduce;

import com.slack.api.bolt.App;
import org.commonground.bot.core.introduce.WarmIntroAnswers;
import org.commonground.storage.warmintros.WarmIntroAnswer;

/** <b>Yes, introduce us</b> and <b>No thanks</b> on a warm introduction's Slack card. */
public final class WarmIntroSlackHandlers {

  private final WarmIntroAnswers answers;

  public WarmIntroSlackHandlers(WarmIntroAnswers answers) {
    this.answers = answers;
  }

  public void register(App app) {
    app.blockAction(
        WarmIntroCard.YES_ACTION, new WarmIntroAnswerClick(answers, WarmIntroAnswer.YES));
    app.blockAction(WarmIntroCard.NO_ACTION, new WarmIntroAnswerClick(answers, WarmIntroAnswer.NO));
  }
}
