package org.commonground.bot.tags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TagCommandParserTest {

  @Test
  void readsEachCommandTheWayPeopleTypeIt() {
    assertThat(TagCommandParser.parse("")).isEqualTo(new TagCommand.ListTags());
    assertThat(TagCommandParser.parse("History")).isEqualTo(new TagCommand.History());
    assertThat(TagCommandParser.parse("add Loneliness and isolation"))
        .isEqualTo(
            new TagCommand.Add("Loneliness and isolation", Optional.empty(), Optional.empty()));
    assertThat(TagCommandParser.parse("rename Old name -&gt; New name"))
        .isEqualTo(new TagCommand.Rename("Old name", "New name"));
    assertThat(TagCommandParser.parse("merge \"From\" -> \"Into\""))
        .isEqualTo(new TagCommand.Merge("From", "Into"));
    assertThat(TagCommandParser.parse("retire  Civic data"))
        .isEqualTo(new TagCommand.Retire("Civic data"));
    assertThat(TagCommandParser.parse("restore Civic data"))
        .isEqualTo(new TagCommand.Restore("Civic data"));
  }

  @Test
  void describeTakesOptionsOrTextAfterAnArrow() {
    assertThat(TagCommandParser.parse("describe SEND --theme Children & families"))
        .isEqualTo(
            new TagCommand.Describe("SEND", Optional.of("Children & families"), Optional.empty()));
    assertThat(TagCommandParser.parse("describe SEND -> Special educational needs"))
        .isEqualTo(
            new TagCommand.Describe(
                "SEND", Optional.empty(), Optional.of("Special educational needs")));
  }

  @Test
  void saysWhatIsMissing() {
    assertThatThrownBy(() -> TagCommandParser.parse("rename A ->"))
        .hasMessageContaining("Say what to rename it to");
    assertThatThrownBy(() -> TagCommandParser.parse("merge -> B"))
        .hasMessageContaining("Say which tag");
    assertThatThrownBy(() -> TagCommandParser.parse("add"))
        .hasMessageContaining("Give the new tag a name");
    assertThatThrownBy(() -> TagCommandParser.parse("describe SEND"))
        .hasMessageContaining("Say what to change");
    assertThatThrownBy(() -> TagCommandParser.parse("retire"))
        .hasMessageContaining("Say which tag");
    assertThatThrownBy(() -> TagCommandParser.parse("delete SEND"))
        .hasMessageContaining("I don't know `/tags delete`");
  }
}
