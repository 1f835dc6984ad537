package dev.rituals.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rituals.core.model.MessageBody;
import dev.rituals.core.model.PairResponse;
import dev.rituals.core.usecase.PairFollowUpUseCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The pairing follow-ups as cards: "Did you meet?" with met / not yet / couldn't, and "stay or
 * pause?", each an Action.Submit whose data names the answer (and the pair).
 */
final class PairingCards {
  static final String ANSWER_ACTION = "pair_answer";
  static final String STAY_ACTION = "pair_stay";
  static final String PAIR_ID = "pairId";
  static final String RESPONSE = "response";

  private PairingCards() {}

  static ObjectNode followUp(MessageBody body) {
    String pairId = body.field(PAIR_ID).orElse("");
    List<ObjectNode> actions = new ArrayList<>();
    actions.add(answer("We met", pairId, PairResponse.MET));
    actions.add(answer("Not yet", pairId, PairResponse.NOT_YET));
    actions.add(answer("Couldn't", pairId, PairResponse.COULD_NOT));
    return Cards.card(List.of(Cards.text(TeamsText.markdown(body.text()))), actions);
  }

  static ObjectNode stayOrPause(MessageBody body) {
    ObjectNode stay = Cards.object();
    stay.put(RESPONSE, "stay");
    ObjectNode pause = Cards.object();
    pause.put(RESPONSE, "pause");
    return Cards.card(
        List.of(Cards.text(TeamsText.markdown(body.text()))),
        List.of(
            Cards.submit("Stay in", STAY_ACTION, stay),
            Cards.submit("Pause pairing", STAY_ACTION, pause)));
  }

  private static ObjectNode answer(String title, String pairId, PairResponse response) {
    ObjectNode data = Cards.object();
    data.put(PAIR_ID, pairId);
    data.put(RESPONSE, response.name());
    return Cards.submit(title, ANSWER_ACTION, data);
  }

  /** Core's reply to a clicked button, or empty when the card's data is not one of ours. */
  static Optional<String> submit(
      Optional<PairFollowUpUseCase> pairing,
      dev.rituals.core.model.UserRef user,
      String action,
      JsonNode data) {
    if (pairing.isEmpty()) {
      return Optional.of("Pairing answers can't be recorded here yet.");
    }
    String response = data.path(RESPONSE).asText("");
    if (action.equals(STAY_ACTION)) {
      return Optional.of(pairing.get().stayOrPause(user, !response.equals("pause")));
    }
    try {
      return Optional.of(
          pairing
              .get()
              .answer(
                  user,
                  UUID.fromString(data.path(PAIR_ID).asText("")),
                  PairResponse.valueOf(response)));
    } catch (IllegalArgumentException notOurs) {
      return Optional.of("This card is not a pairing I know, so nothing was recorded.");
    }
  }
}
