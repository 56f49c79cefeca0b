package org.commonground.bot.teams.connector;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConnectorUrlTest {

  @Test
  void aChannelThreadsIdStaysOneSegment() {
    assertThat(
            ConnectorUrl.of(
                    "https://smba.trafficmanager.net/uk/",
                    "v3",
                    "conversations",
                    "19:abc@thread.v2;messageid=1717",
                    "activities")
                .toString())
        .isEqualTo(
            "https://smba.trafficmanager.net/uk/v3/conversations/"
                + "19%3Aabc%40thread.v2%3Bmessageid%3D1717/activities");
  }

  @Test
  void aServiceUrlWithOrWithoutItsSlashGivesOnePath() {
    assertThat(ConnectorUrl.of("https://smba.trafficmanager.net/uk", "v3").toString())
        .isEqualTo(ConnectorUrl.of("https://smba.trafficmanager.net/uk/", "v3").toString())
        .isEqualTo("https://smba.trafficmanager.net/uk/v3");
  }

  @Test
  void aSpaceIsEncodedAsASpaceNotAPlus() {
    assertThat(ConnectorUrl.of("https://x.example/", "a b+c").getRawPath()).isEqualTo("/a%20b%2Bc");
  }
}
