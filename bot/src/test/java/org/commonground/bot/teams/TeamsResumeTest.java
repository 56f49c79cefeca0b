package org.commonground.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.commonground.bot.teams.cards.CardIds;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.TeamsClient;
import org.commonground.bot.testing.TeamsPerson;
import org.commonground.storage.members.ProfileStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A Teams member, who has no App Home, ends a pause by sending {@code resume}. */
class TeamsResumeTest {

  @RegisterExtension final RunningApp app = new RunningApp().withTeams();

  @Test
  void resumeEndsAPauseAndSaysSo() {
    TeamsClient teams = app.teams();
    TeamsPerson tom = teams.person("Tom Teams", "tom.teams@nhs.example");
    teams.send(teams.installation(tom));
    teams.connector().awaitActivities(tom.conversationId(), 1);
    ProfileInputs.introduce(app, tom);
    HttpResponse<String> paused =
        teams.send(teams.execute(tom, CardIds.PAUSE_WEEK_VERB, new JsonObject()));
    assertThat(paused.body()).contains("Paused until");
    assertThat(pausedUntil(tom)).isNotNull();

    teams.send(teams.message(tom, "resume"));

    List<JsonObject> chat = teams.connector().awaitActivities(tom.conversationId(), 2);
    assertThat(chat.get(1).get("text").getAsString()).contains("Welcome back");
    assertThat(pausedUntil(tom)).isNull();
  }

  private Object pausedUntil(TeamsPerson person) {
    return new ProfileStore(app.jdbi(), app.clock())
        .findByUserId(person.userId())
        .orElseThrow()
        .member()
        .pausedUntil();
  }
}
