package org.commonground.bot.core.introduce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading {@code /introduce @alice @bob why} as Slack sends it with {@code should_escape}. */
class WarmIntroRequestTest {

  @Test
  void readsTheTwoPeopleNamedAndTheNote() {
    WarmIntroRequest request =
        WarmIntroRequest.parse("<@U0ALICE|alice> <@U0BOB|bob> you both run family hubs");

    assertThat(request.named()).containsExactly("U0ALICE", "U0BOB");
    assertThat(request.note()).isEqualTo("you both run family hubs");
  }

  @Test
  void namesMayComeWithoutLabelsJoinedByAndOrACommaBeforeAColon() {
    assertThat(WarmIntroRequest.parse("<@U0ALICE> and <@W0BOB>: because").named())
        .containsExactly("U0ALICE", "W0BOB");
    assertThat(WarmIntroRequest.parse("<@U0ALICE>, <@U0BOB> — because").note())
        .isEqualTo("because");
    assertThat(WarmIntroRequest.parse("<@U0ALICE> <@U0BOB>").note()).isEmpty();
  }

  @Test
  void onlyTheNamesBeforeTheNoteCount() {
    WarmIntroRequest request = WarmIntroRequest.parse("<@U0ALICE> says hi to <@U0BOB|bob>");

    assertThat(request.named()).containsExactly("U0ALICE");
    assertThat(request.note()).isEqualTo("says hi to @bob");
  }

  @Test
  void namesTypedWithoutSlacksEscapingAreNotPeople() {
    assertThat(WarmIntroRequest.isOne("@alice @bob")).isTrue();
    assertThat(WarmIntroRequest.parse("@alice @bob").named()).isEmpty();
  }

  @Test
  void theNoteReadsAsTypedWithNoMarkupLeft() {
    String note =
        WarmIntroRequest.parse(
                "<@U0A> <@U0B> as <@U0CAROL|carol> said in <#C0123|general> &lt;3 &amp; <!here>"
                    + " <!subteam^S0123|@leads> <https://example.org|the site> <https://x.org>")
            .note();

    assertThat(note)
        .isEqualTo("as @carol said in #general <3 & @here @leads the site https://x.org");
  }

  @Test
  void otherTextIsNotAnIntroduction() {
    assertThat(List.of("help", "export", "", "hello <@U0A>")).noneMatch(WarmIntroRequest::isOne);
    assertThat(WarmIntroRequest.isOne(" <@U0A> <@U0B>")).isTrue();
  }
}
