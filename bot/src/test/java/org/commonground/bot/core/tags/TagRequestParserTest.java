package org.commonground.bot.core.tags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TagRequestParserTest {

  @Test
  void readsEachCommandTheWayPeopleTypeIt() {
    assertThat(TagRequestParser.parse("")).isEqualTo(new TagRequest.ListTags());
    assertThat(TagRequestParser.parse("History")).isEqualTo(new TagRequest.History());
    assertThat(TagRequestParser.parse("add Loneliness and isolation"))
        .isEqualTo(
            new TagRequest.Add("Loneliness and isolation", Optional.empty(), Optional.empty()));
    assertThat(TagRequestParser.parse("rename Old name -&gt; New name"))
        .isEqualTo(new TagRequest.Rename("Old name", "New name"));
    assertThat(TagRequestParser.parse("merge \"From\" -> \"Into\""))
        .isEqualTo(new TagRequest.Merge("From", "Into"));
    assertThat(TagRequestParser.parse("retire  Civic data"))
        .isEqualTo(new TagRequest.Retire("Civic data"));
    assertThat(TagRequestParser.parse("restore Civic data"))
        .isEqualTo(new TagRequest.Restore("Civic data"));
  }

  @Test
  void describeTakesOptionsOrTextAfterAnArrow() {
    assertThat(TagRequestParser.parse("describe SEND --theme Children & families"))
        .isEqualTo(
            new TagRequest.Describe("SEND", Optional.of("Children & families"), Optional.empty()));
    assertThat(TagRequestParser.parse("describe SEND -> Special educational needs"))
        .isEqualTo(
            new TagRequest.Describe(
                "SEND", Optional.empty(), Optional.of("Special educational needs")));
  }

  @Test
  void saysWhatIsMissing() {
    assertThatThrownBy(() -> TagRequestParser.parse("rename A ->"))
        .hasMessageContaining("Say what to rename it to");
    assertThatThrownBy(() -> TagRequestParser.parse("merge -> B"))
        .hasMessageContaining("Say which tag");
    assertThatThrownBy(() -> TagRequestParser.parse("add"))
        .hasMessageContaining("Give the new tag a name");
    assertThatThrownBy(() -> TagRequestParser.parse("describe SEND"))
        .hasMessageContaining("Say what to change");
    assertThatThrownBy(() -> TagRequestParser.parse("retire"))
        .hasMessageContaining("Say which tag");
    assertThatThrownBy(() -> TagRequestParser.parse("delete SEND"))
        .hasMessageContaining("I don't know `/tags delete`");
  }
}
