package org.commonground.bot.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.bot.testing.Members.ADMIN;
import static org.commonground.bot.testing.Members.MEMBER;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonground.bot.core.introduce.ProfileFields;
import org.commonground.bot.testing.Interactions;
import org.commonground.bot.testing.Members;
import org.commonground.bot.testing.ProfilePayload;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.SlackCall;
import org.commonground.bot.testing.SlackPayloads;
import org.commonground.bot.testing.VisibleText;
import org.commonground.storage.tags.Tag;
import org.commonground.storage.tags.TagCatalogue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Counts of 1 or 2 people can name them in a small network: members never see one, on any surface
 * the app shows them; admins see every count exactly.
 */
class SmallCountsTest {

  private static final String SECOND = "U0SECOND";
  private static final String THIRD = "U0THIRD";

  /** "1 member", "2 people", "(1)", "(2)": a count of one or two people, however worded. */
  private static final Pattern ONE_OR_TWO =
      Pattern.compile("(?<![\\d.,])[12] (members?|people|persons?|holders?)\\b|\\([12]\\)");

  @RegisterExtension final RunningApp app = new RunningApp().with("ADMIN_USER_IDS", ADMIN);

  private Tag heldByOne;
  private Tag heldByTwo;
  private Tag heldByThree;

  @BeforeEach
  void network() {
    List<Tag> tags = new TagCatalogue(app.jdbi(), app.clock()).active();
    heldByOne = tags.get(0);
    heldByTwo = tags.get(1);
    heldByThree = tags.get(2);
    join(MEMBER, "Sefton Council", heldByOne, heldByThree);
    join(SECOND, "Open Door", heldByTwo, heldByThree);
    join(THIRD, "Plus Dane", heldByTwo, heldByThree);
    app.slack().awaitCalls("chat.postMessage", 3);
  }

  @Test
  void aMemberNeverSeesACountOfOneOrTwo() {
    List<String> seen = new ArrayList<>();
    seen.add(Members.command(app, "/tags", "", MEMBER));
    seen.add(Members.command(app, "/tags", "help", MEMBER));
    seen.add(Members.command(app, "/introduce", "help", MEMBER));
    seen.add(
        VisibleText.of(
            app.requests()
                .interaction(Interactions.suggestion(MEMBER, ProfileFields.CHALLENGES_INPUT, ""))
                .body()));
    app.requests().slashCommand("/introduce", "", MEMBER);
    app.requests().event(SlackPayloads.appHomeOpened(MEMBER));
    app.slack().awaitCall("views.publish");
    app.slack().awaitCall("views.open");
    app.slack().appCalls().forEach(call -> seen.add(visible(call)));

    assertThat(seen).noneMatch(text -> ONE_OR_TWO.matcher(text).find());
    assertThat(seen.get(0))
        .contains(
            "• " + heldByOne.name() + " (fewer than 3)",
            "• " + heldByTwo.name() + " (fewer than 3)",
            "• " + heldByThree.name() + " (3)");
  }

  @Test
  void anAdminSeesExactCounts() {
    String tags = Members.command(app, "/tags", "", ADMIN);
    app.requests().event(SlackPayloads.appHomeOpened(ADMIN));
    String home = VisibleText.of(app.slack().awaitCall("views.publish").param("view"));

    assertThat(tags)
        .contains(
            "• " + heldByOne.name() + " (1)",
            "• " + heldByTwo.name() + " (2)",
            "• " + heldByThree.name() + " (3)")
        .doesNotContain("fewer than");
    assertThat(home)
        .contains(
            heldByThree.name() + " – 3 members, 3 organisations",
            heldByTwo.name() + " – 2 members, 2 organisations",
            heldByOne.name() + " – 1 member, 1 organisation")
        .doesNotContain("fewer than");
  }

  private void join(String user, String organisation, Tag... challenges) {
    int[] ids = java.util.Arrays.stream(challenges).mapToInt(Tag::id).toArray();
    app.requests()
        .interaction(ProfilePayload.valid(ids).user(user).newOrganisation(organisation).json());
  }

  /** The words of what a call showed someone: a message, a modal or a home tab. */
  private static String visible(SlackCall call) {
    StringBuilder text = new StringBuilder();
    for (String param : List.of("text", "blocks", "view")) {
      String value = call.param(param);
      if (value == null) {
        continue;
      }
      text.append(param.equals("text") ? value : VisibleText.of(value)).append('\n');
    }
    return text.toString();
  }
}
