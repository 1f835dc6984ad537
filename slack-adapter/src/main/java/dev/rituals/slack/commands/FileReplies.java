package dev.rituals.slack.commands;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackFilesUploadV2Exception;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import com.slack.api.methods.response.files.FilesUploadV2Response;
import dev.rituals.core.usecase.ReplyAttachment;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a reply's file to the person who asked, in their direct messages with the bot, with the
 * files upload v2 flow (files.getUploadURLExternal, the upload itself,
 * files.completeUploadExternal). A direct message, not the channel: an export lists everyone, and
 * the person asked privately.
 */
final class FileReplies {
  private static final Logger log = LoggerFactory.getLogger(FileReplies.class);

  private FileReplies() {}

  /** Returns whether Slack accepted the file; failures are logged without the file's content. */
  static boolean send(MethodsClient client, String userId, ReplyAttachment.File file)
      throws Exception {
    ConversationsOpenResponse dm = client.conversationsOpen(r -> r.users(List.of(userId)));
    if (!dm.isOk()) {
      log.warn("conversations.open for a file failed: {}", dm.getError());
      return false;
    }
    FilesUploadV2Response uploaded;
    try {
      uploaded = upload(client, dm.getChannel().getId(), file);
    } catch (SlackFilesUploadV2Exception e) {
      // One of the three steps failed; Slack's answers say which, never the file.
      log.warn("files upload v2 failed: {}", e.getMessage());
      return false;
    }
    if (!uploaded.isOk()) {
      log.warn("files upload v2 failed: {}", uploaded.getError());
      return false;
    }
    return true;
  }

  private static FilesUploadV2Response upload(
      MethodsClient client, String channelId, ReplyAttachment.File file) throws Exception {
    return client.filesUploadV2(
        r ->
            r.channel(channelId)
                .filename(file.name())
                .title(file.name())
                .fileData(file.content())
                .initialComment("Here is " + file.name() + "."));
  }
}
