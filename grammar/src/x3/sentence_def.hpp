#pragma once

#include <boost/spirit/home/x3.hpp>

#include "x3/error_handler.hpp"
#include "x3/predicates.hpp"
#include "x3/primitives.hpp"
#include "x3/sentence.hpp"

namespace precis::grammar::parser {
namespace x3 = boost::spirit::x3;
using ast::element_kind;

template <typename Pred>
inline constexpr token_parser<Pred> tok{};

// --- values --------------------------------------------------------------------------------
inline const auto approx = term_parser<term_class::approximation, ast::s_approx>{};
inline const auto number = cap<ast::s_number>[tok<is_number>];
inline const auto magnitude = term_parser<term_class::magnitude, ast::s_magnitude>{};
inline const auto currency = term_parser<term_class::currency, ast::s_currency>{};
inline const auto month = term_parser<term_class::month, ast::s_month>{};
inline const auto weekday = term_parser<term_class::weekday, ast::s_weekday>{};
inline const auto day = cap<ast::s_day>[tok<is_day>];
inline const auto year = cap<ast::s_year>[tok<is_year>];
inline const auto of = tok<is_de>;

// "il y a deux ans", "il y a près de trois semaines": a time, not the existential verb, which
// keeps any other object ("il y a des manifestants").
inline const auto ago = cap<ast::s_time>[token_run_parser<il_y_a_run>{} >> -approx >>
                                         (tok<is_number> | tok<is_count_word>) >>
                                         tok<is_time_unit>];
// A weekday is read once: followed by a day and a month, else by a part of the day.
inline const auto day_month = day >> month >> -year;
inline const auto date_body = (tok<is_le> >> -weekday >> day_month) |
                              (weekday >> (day_month | -tok<is_day_part>)) | day_month |
                              (month >> year) | (tok<is_time_preposition> >> year >> !tok<is_counted_noun>) |
                              term_parser<term_class::time_word, ast::s_time>{} | ago;
inline const auto money_body = -approx >> ((number >> -magnitude >> -of >> currency) |
                                           (currency >> number >> -magnitude));
inline const auto percent_body = -approx >> number >>
                                 (tok<is_percent_sign> | (tok<is_pour> >> tok<is_cent>));
inline const auto quantity_body = -approx >> number >> -magnitude >>
                                  -(-of >> cap<ast::s_unit>[tok<is_unit>]);

// --- actors --------------------------------------------------------------------------------
inline const auto title = term_parser<term_class::title, ast::s_title>{};
inline const auto nationality = term_parser<term_class::nationality, ast::s_nationality>{};
inline const auto de_form = (tok<is_de> >> -tok<is_le>) | tok<is_de_article>;
// ("des Affaires étrangères", "de l'Otan"; in lower case, "de la junte" before the name it
// qualifies only: see titled_body.)
inline const auto complement_body = de_form >> tok<is_complement_head> >>
                                    *tok<is_lower_adjective> >>
                                    *(tok<is_et> >> de_form >> tok<is_complement_head> >>
                                      *tok<is_lower_adjective>);
inline const auto complement = cap<ast::s_complement>[complement_body];
inline const auto name_body =
    (tok<is_initial_letter> >> x3::lit('.') >> tok<is_name_word>) |
    (tok<is_name_word> >> *(tok<is_name_word> | (+tok<is_name_particle> >> tok<is_name_word>) |
                            (tok<is_initial_letter> >> x3::lit('.'))));
inline const auto name = cap<ast::s_name>[name_body];
inline const auto clause_edge = &tok<is_stop> | x3::eoi;
inline const auto apposed = tok<is_comma> >> cap<ast::s_apposed>[name_body] >>
                            &(tok<is_comma> | tok<is_stop> | x3::eoi);
inline const auto title_phrase = -tok<is_determiner> >> *tok<is_title_adjective> >> title >>
                                 *(nationality | complement);
// "le porte-parole de la junte, Ismaël Wagué": a complement in lower case belongs to the title
// when a name follows it between commas (else it is left to the clause: "le président de retour
// de Chine"; with no comma the name may be the complement's own: "le chef du mouvement chiite
// Amal, Nabih Berri").
inline const auto lower_complement = cap<ast::s_complement>[de_form >> tok<is_lower_noun> >> *tok<is_lower_adjective>];
// The title phrase is read once for both endings: the first's complement, when no apposed
// name follows it, gives the slot back to the title phrase's own.
inline const auto titled_body =
    title_phrase >> (keep_slot<ast::s_complement>[lower_complement >> apposed] | -(name | apposed));
inline const auto civil_body = tok<is_civility> >> -x3::lit('.') >> name;
inline const auto named_body = name >> -(tok<is_comma> >> title_phrase >> clause_edge);
inline const auto institution_body = -tok<is_determiner> >>
                                     term_parser<term_class::institution, ast::s_institution>{} >>
                                     -nationality >> -complement;
inline const auto country_body = term_parser<term_class::country, ast::s_country>{};
inline const auto collective_body = term_parser<term_class::collective, ast::s_collective>{};

// --- verb groups ---------------------------------------------------------------------------
// "ne" and clitics, an auxiliary or a modal and the participle or infinitive after it, or a
// finite verb: read_verb_group (predicates.cpp) gives the rule.
inline const auto verb_group_body = verb_group_parser{};

// --- markers -------------------------------------------------------------------------------
inline const auto attribution_body = term_parser<term_class::attribution, ast::s_marker>{};
// "pour" opens a purpose clause before an infinitive only ("pour renforcer", "pour le faire").
inline const auto purpose_body =
    term_parser<term_class::purpose_marker, ast::s_marker>{} |
    (cap<ast::s_marker>[tok<is_pour>] >> &(*tok<is_object_clitic> >> tok<is_infinitive>));
inline const auto subordinator_body = term_parser<term_class::subordinator, ast::s_marker>{} |
                                      cap<ast::s_marker>[-tok<is_si_head> >>
                                                         tok<is_si_conjunction>];

sentence_type const sentence_rule = "sentence";

// Punctuation, most of the tokens that start nothing, is read as a token element by
// element_choice itself before these rules, and so is a token none of them reads.
inline const auto element = element_choice{
    as<element_kind::date>[date_body],
    as<element_kind::money>[money_body],
    as<element_kind::percent>[percent_body],
    as<element_kind::attribution_marker>[attribution_body],
    as<element_kind::purpose_marker>[purpose_body],
    as<element_kind::subordinator>[subordinator_body],
    as<element_kind::collective>[collective_body],
    as<element_kind::titled_actor>[titled_body],
    as<element_kind::civil_actor>[civil_body],
    as<element_kind::institution>[institution_body],
    as<element_kind::country>[country_body],
    as<element_kind::named_actor>[named_body],
    as<element_kind::pronoun>[tok<is_subject_pronoun>],
    as<element_kind::verb_group>[verb_group_body],
    as<element_kind::nonfinite>[cap<ast::s_main>[tok<is_nonfinite>]],
    as<element_kind::relative>[tok<is_relative>],
    as<element_kind::quantity>[quantity_body],
};

inline const auto sentence_rule_def = *element >> x3::eoi;

BOOST_SPIRIT_DEFINE(sentence_rule)

struct sentence_class : error_handler_base {};

sentence_type const& sentence() { return sentence_rule; }

}  // namespace precis::grammar::parser
