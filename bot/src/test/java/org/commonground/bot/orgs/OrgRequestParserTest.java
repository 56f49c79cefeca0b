package org.commonground.bot.orgs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OrgCommandParserTest {

  @Test
  void readsEachCommand() {
    assertThat(OrgCommandParser.parse("list")).isEqualTo(new OrgCommand.ListOrgs());
    assertThat(OrgCommandParser.parse("merge Liverpool CC -&gt; Liverpool City Council"))
        .isEqualTo(new OrgCommand.Merge("Liverpool CC", "Liverpool City Council"));
    assertThat(OrgCommandParser.parse("rename \"A -> B\" -> AB"))
        .isEqualTo(new OrgCommand.Rename("A -> B", "AB"));
    assertThat(OrgCommandParser.parse("sector Open Door -> Voluntary &amp; community"))
        .isEqualTo(new OrgCommand.SetSector("Open Door", "Voluntary & community"));
  }

  @Test
  void saysWhatIsMissing() {
    assertThatThrownBy(() -> OrgCommandParser.parse("merge Liverpool CC"))
        .hasMessageContaining("Say what comes after `->`");
    assertThatThrownBy(() -> OrgCommandParser.parse("sector -> Housing"))
        .hasMessageContaining("Say which organisation");
    assertThatThrownBy(() -> OrgCommandParser.parse("delete X"))
        .hasMessageContaining("I don't know `/orgs delete`");
  }
}
