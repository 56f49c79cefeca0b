package org.commonground.bot.core.orgs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OrgRequestParserTest {

  @Test
  void readsEachCommand() {
    assertThat(OrgRequestParser.parse("list")).isEqualTo(new OrgRequest.ListOrgs());
    assertThat(OrgRequestParser.parse("merge Liverpool CC -&gt; Liverpool City Council"))
        .isEqualTo(new OrgRequest.Merge("Liverpool CC", "Liverpool City Council"));
    assertThat(OrgRequestParser.parse("rename \"A -> B\" -> AB"))
        .isEqualTo(new OrgRequest.Rename("A -> B", "AB"));
    assertThat(OrgRequestParser.parse("sector Open Door -> Voluntary &amp; community"))
        .isEqualTo(new OrgRequest.SetSector("Open Door", "Voluntary & community"));
    assertThat(
            OrgRequestParser.parse("tenant Wirral Council -> 0b3e1f9a-4c2d-4e8f-9a1b-2c3d4e5f6a7b"))
        .isEqualTo(
            new OrgRequest.LinkTenant("Wirral Council", "0b3e1f9a-4c2d-4e8f-9a1b-2c3d4e5f6a7b"));
    assertThat(
            OrgRequestParser.parse(
                "untenant Wirral Council -> 0b3e1f9a-4c2d-4e8f-9a1b-2c3d4e5f6a7b"))
        .isEqualTo(
            new OrgRequest.UnlinkTenant("Wirral Council", "0b3e1f9a-4c2d-4e8f-9a1b-2c3d4e5f6a7b"));
  }

  @Test
  void saysWhatIsMissing() {
    assertThatThrownBy(() -> OrgRequestParser.parse("merge Liverpool CC"))
        .hasMessageContaining("Say what comes after `->`");
    assertThatThrownBy(() -> OrgRequestParser.parse("sector -> Housing"))
        .hasMessageContaining("Say which organisation");
    assertThatThrownBy(() -> OrgRequestParser.parse("delete X"))
        .hasMessageContaining("I don't know `/orgs delete`");
  }
}
