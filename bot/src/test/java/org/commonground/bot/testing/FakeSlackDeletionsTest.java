package org.commonground.bot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.chat.ChatDeleteResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.files.FilesUploadV2Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** chat.delete and files.delete in the fake Slack delete what Slack would, and refuse the rest. */
class FakeSlackDeletionsTest {

  private final FakeSlack fake = new FakeSlack();
  private final Slack slack = slack(fake);
  private final MethodsClient client = slack.methods("xoxb-0000-test-token");

  @AfterEach
  void close() throws Exception {
    slack.close();
    fake.close();
  }

  @Test
  void theAppDeletesItsOwnMessageOnceAndSlackSaysWhichItWas() throws Exception {
    ChatPostMessageResponse posted = client.chatPostMessage(r -> r.channel("C0INTROS").text("Hi"));

    ChatDeleteResponse deleted = client.chatDelete(r -> r.channel("C0INTROS").ts(posted.getTs()));
    ChatDeleteResponse again = client.chatDelete(r -> r.channel("C0INTROS").ts(posted.getTs()));

    assertThat(deleted.isOk()).isTrue();
    assertThat(deleted.getChannel()).isEqualTo("C0INTROS");
    assertThat(deleted.getTs()).isEqualTo(posted.getTs());
    assertThat(again.getError()).isEqualTo("message_not_found");
    assertThat(fake.takeRefusals()).containsExactly("chat.delete: message_not_found");
    assertThat(fake.calls("chat.delete")).hasSize(2);
  }

  @Test
  void someoneElsesMessageAnUnknownChannelAndAMissingTsAreRefused() throws Exception {
    fake.messageFromSomeoneElse("C0INTROS", "1717000000.000099");

    assertThat(client.chatDelete(r -> r.channel("C0INTROS").ts("1717000000.000099")).getError())
        .isEqualTo("cant_delete_message");
    assertThat(client.chatDelete(r -> r.channel("C0NOWHERE").ts("1.1")).getError())
        .isEqualTo("channel_not_found");
    assertThat(client.chatDelete(r -> r.channel("C0INTROS")).getError())
        .isEqualTo("invalid_arguments");
    assertThat(fake.takeRefusals()).hasSize(3);
  }

  @Test
  void theAppDeletesAFileItUploadedOnce() throws Exception {
    FilesUploadV2Response uploaded =
        client.filesUploadV2(
            r -> r.channel("D0123MEMBER").filename("a.json").content("{}").requestFileInfo(false));
    String id = uploaded.getFiles().get(0).getId();

    assertThat(client.filesDelete(r -> r.file(id)).isOk()).isTrue();
    assertThat(client.filesDelete(r -> r.file(id)).getError()).isEqualTo("file_deleted");
    assertThat(fake.takeRefusals()).containsExactly("files.delete: file_deleted");
  }

  @Test
  void anUnknownFileSomeoneElsesFileAndNoFileAreRefused() throws Exception {
    fake.fileFromSomeoneElse("F0THEIRS");

    assertThat(client.filesDelete(r -> r.file("F0NOSUCH")).getError()).isEqualTo("file_not_found");
    assertThat(client.filesDelete(r -> r.file("F0THEIRS")).getError())
        .isEqualTo("cant_delete_file");
    assertThat(client.filesDelete(r -> r).getError()).isEqualTo("invalid_arguments");
    assertThat(fake.takeRefusals()).hasSize(3);
  }

  @Test
  void eachUploadGetsAFileIdOfItsOwn() throws Exception {
    String first = upload();
    String second = upload();

    assertThat(first).isNotEqualTo(second);
  }

  private String upload() throws Exception {
    return client
        .filesUploadV2(
            r -> r.channel("D0123MEMBER").filename("a.json").content("{}").requestFileInfo(false))
        .getFiles()
        .get(0)
        .getId();
  }

  private static Slack slack(FakeSlack fake) {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(fake.apiUrl());
    return Slack.getInstance(config);
  }
}
