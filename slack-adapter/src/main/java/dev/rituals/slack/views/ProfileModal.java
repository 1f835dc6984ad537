package dev.rituals.slack.views;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.view.View;
import dev.rituals.core.usecase.ProfileField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The pairing profile modal: one input per {@link ProfileField}, block_id and action_id both the
 * field's key so core's per-field errors land on their inputs. Pre-filled with what is stored, so a
 * submit without changes keeps everything.
 */
public final class ProfileModal {
  public static final String CALLBACK_ID = "profile_edit";

  private static final List<OptionObject> YES_NO =
      List.of(option(plainText("Yes, pair me"), "yes"), option(plainText("Not now"), "no"));

  private ProfileModal() {}

  /** {@code current} holds each field as text ("" when unset), as core renders it. */
  public static View build(Map<ProfileField, String> current) {
    List<LayoutBlock> blocks = new ArrayList<>();
    for (ProfileField field : ProfileField.values()) {
      String value = current.getOrDefault(field, "");
      BlockElement element =
          field == ProfileField.PAIRING
              ? staticSelect(
                  s ->
                      s.actionId(field.key())
                          .options(YES_NO)
                          .initialOption(YES_NO.get(value.equals("yes") ? 0 : 1)))
              : plainTextInput(
                  p ->
                      p.actionId(field.key())
                          .initialValue(value.isBlank() ? null : value)
                          .maxLength(500));
      blocks.add(
          input(
              i ->
                  i.blockId(field.key())
                      .label(plainText(field.label()))
                      .optional(field != ProfileField.PAIRING)
                      .element(element)));
    }
    return view(
        v ->
            v.type("modal")
                .callbackId(CALLBACK_ID)
                .title(viewTitle(t -> t.type("plain_text").text("Pairing profile")))
                .submit(viewSubmit(s -> s.type("plain_text").text("Save")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(blocks));
  }
}
