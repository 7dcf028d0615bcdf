package org.openbando.ranking;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the ranking pages, used in templates as {@code ranking:key}: the officer's ranking board, the public
 * ranking, the applicant's standing. Italian is the default; the texts are in {@code messages/ranking_it.properties} and
 * {@code messages/ranking_en.properties} (same keys). Enumerations and codes are passed by name.
 */
@MessageBundle(value = "ranking", locale = "it")
public interface RankingTexts {

    @Message
    String board_title(String code);

    @Message
    String board_crumb();

    @Message
    String evaluation_board();

    @Message
    String done(String done);

    @Message
    String readonly();

    @Message
    String none();

    @Message
    String status(String status);

    @Message
    String approved_by(String at, String by);

    @Message
    String computed_at(String at);

    @Message
    String lines();

    @Message
    String line();

    @Message
    String budget();

    @Message
    String from_other_line();

    @Message
    String to_other_line();

    @Message
    String allocated();

    @Message
    String remainder();

    @Message
    String tie_breaks();

    @Message
    String tie_break(String code, String criterion);

    @Message
    String act(String line);

    @Message
    String act_pending();

    @Message
    String reserve_valid_until(String day);

    @Message
    String reserve_expired(String day);

    @Message
    String ranked();

    @Message
    String list_empty();

    @Message
    String position();

    @Message
    String protocol();

    @Message
    String proposal();

    @Message
    String lead();

    @Message
    String vat();

    @Message
    String total();

    @Message
    String tie();

    @Message
    String tie_group(Integer group);

    @Message
    String broken_by(String code, String criterion);

    @Message
    String requested_grant();

    @Message
    String grant();

    @Message
    String partial();

    @Message
    String list();

    @Message
    String list_name(String list);

    @Message
    String reasons();

    @Message
    String reason(String code, String criterion);

    @Message
    String exclude();

    @Message
    String exclude_submit();

    @Message
    String exclusion_reason();

    @Message
    String excluded_by();

    @Message
    String reinstate();

    @Message
    String field(String field);

    @Message
    String approve_title();

    @Message
    String approve_text();

    @Message
    String approve_confirm();

    @Message
    String approve();

    @Message
    String movements();

    @Message
    String movements_intro();

    @Message
    String movements_none();

    @Message
    String movement_at();

    @Message
    String movement_cause();

    @Message
    String freed();

    @Message
    String available();

    @Message
    String offered();

    @Message
    String movement_status();

    @Message
    String cause(String cause);

    @Message
    String movement_state(String status);

    @Message
    String confirmed_by(String by, String at);

    @Message
    String confirm_move_up();

    @Message
    String public_list_title();

    @Message
    String public_list_intro();

    @Message
    String public_list_none();

    @Message
    String call();

    @Message
    String approved_at();

    @Message
    String open();

    @Message
    String public_title(String code);

    @Message
    String public_approved(String at);

    @Message
    String open_data();

    @Message
    String status_now();

    @Message
    String row_status(String status);

    @Message
    String home_link();

    @Message
    String call_link();

    @Message
    String standing_title();

    @Message
    String standing_list(String list, Boolean movedUp);

    @Message
    String standing_position(Integer position, String line);

    @Message
    String standing_total(String total);

    @Message
    String standing_grant(String amount);

    @Message
    String standing_partial();

    @Message
    String standing_reserve(String day);

    @Message
    String standing_approved(String at);

    @Message
    String standing_public();
}
