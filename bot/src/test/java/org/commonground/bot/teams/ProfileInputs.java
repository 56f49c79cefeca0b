package org.commonground.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.commonground.bot.core.introduce.ProfileFields;
import org.commonground.bot.teams.cards.CardIds;
import org.commonground.bot.testing.CardText;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.TeamsClient;
import org.commonground.bot.testing.TeamsPerson;
import org.commonground.storage.tags.Tag;

/** A filled-in profile card, as Teams sends its inputs: every value a string. */
final class ProfileInputs {

  private ProfileInputs() {}

  /** Everything a newcomer must give, picking the first two active challenges. */
  static JsonObject complete(RunningApp app) {
    List<Tag> tags = app.stores().tags().active();
    JsonObject data = new JsonObject();
    data.addProperty(CardIds.NEW_ORGANISATION, "Mersey Care NHS Foundation Trust");
    data.addProperty(CardIds.SECTOR, "NHS_HEALTH");
    data.addProperty(CardIds.ROLE, "Social prescribing lead");
    data.addProperty(CardIds.PLACE, "Liverpool");
    data.addProperty(CardIds.CHALLENGES, tags.get(0).id() + "," + tags.get(1).id());
    data.addProperty(CardIds.WORKING_ON, "Linking GP practices with community groups");
    data.addProperty(CardIds.MATCHES_PER_WEEK, "1");
    data.addProperty(CardIds.CONSENT, ProfileFields.CONSENT_VALUE);
    return data;
  }

  /** Saves a complete profile for {@code person} through the card, and checks it was saved. */
  static void introduce(RunningApp app, TeamsPerson person) {
    HttpResponse<String> response =
        app.teams().send(app.teams().execute(person, CardIds.PROFILE_SUBMIT_VERB, complete(app)));
    assertThat(CardText.of(TeamsClient.answeredCard(response)))
        .contains("Thanks for introducing yourself");
  }
}
