package org.commonground.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.commonground.bot.testing.AdaptiveCardCheck;
import org.junit.jupiter.api.Test;

/** A text too long for one Teams message arrives as several that Teams takes, nothing lost. */
class MessagePartsTest {

  @Test
  void aShortTextIsOneMessage() {
    assertThat(MessageParts.of("introduce help")).containsExactly("introduce help");
  }

  @Test
  void theLongestListIsCutBetweenLinesIntoMessagesTeamsTakes() {
    // 500 tags of 80 characters, each full of what JSON escapes and of emoji.
    String line = "- **" + "<&>\"🏳️‍🌈é".repeat(8) + "x".repeat(16) + "** · 12 members";
    String text =
        IntStream.range(0, 500).mapToObj(i -> line + " " + i).collect(Collectors.joining("\n"));

    List<String> parts = MessageParts.of(text);

    assertThat(parts).hasSizeGreaterThan(1);
    assertThat(String.join("\n", parts)).isEqualTo(text);
    for (String part : parts) {
      JsonObject message = new JsonObject();
      message.addProperty("type", "message");
      message.addProperty("textFormat", "markdown");
      message.addProperty("text", part);
      assertThat(AdaptiveCardCheck.activityProblems(message)).isEmpty();
    }
  }

  @Test
  void aSingleLineLongerThanAMessageIsCutWithoutSplittingACharacter() {
    String text = "🌱".repeat(30_000);

    List<String> parts = MessageParts.of(text);

    assertThat(String.join("", parts)).isEqualTo(text);
    assertThat(parts).allSatisfy(part -> assertThat(part.codePoints()).allMatch(c -> c == 0x1F331));
  }
}
