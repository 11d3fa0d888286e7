#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/utf8.h>

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "work.hpp"

namespace precis::grammar {

bool prepare_text(std::string_view input, scratch::impl& work, std::string& text,
                  std::vector<uint32_t>& to_source, parse_error& err) {
    const auto* bytes = reinterpret_cast<const uint8_t*>(input.data());
    const auto length = static_cast<int32_t>(input.size());
    if (input.size() > static_cast<std::size_t>(INT32_MAX)) {
        err = {parse_error::code::limit_exceeded, 0, "input larger than 2 GiB"};
        return false;
    }
    bool may_denormalise = false;  // some code point may need the full NFC check
    for (int32_t i = 0; i < length;) {
#if defined(__SSE2__)
        if (i + 16 <= length) {  // sixteen ASCII bytes at a time, and to the first other one
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + i));
            const auto high = static_cast<uint32_t>(_mm_movemask_epi8(v));
            if (high == 0) {
                i += 16;
                continue;
            }
            // Or ASCII and whole two-byte sequences below U+0300 (as below), the accented
            // letters: each lead C2-CB followed by a continuation byte within the chunk, and
            // each other byte past ASCII such a continuation.
            const auto bits_in = [&v](uint8_t lo, uint8_t span) {
                const __m128i t = _mm_sub_epi8(v, _mm_set1_epi8(static_cast<char>(lo)));
                return static_cast<uint32_t>(_mm_movemask_epi8(
                    _mm_cmpeq_epi8(_mm_min_epu8(t, _mm_set1_epi8(static_cast<char>(span))), t)));
            };
            const uint32_t lead = bits_in(0xC2, 0xCB - 0xC2);
            const uint32_t trail = bits_in(0x80, 0x3F);
            if ((lead & (trail >> 1)) == lead && high == (lead | (lead << 1))) {
                i += 16;
                continue;
            }
            i += __builtin_ctz(high);
        } else
#endif
        if (i + 8 <= length) {  // eight ASCII bytes at a time
            uint64_t word;
            std::memcpy(&word, bytes + i, sizeof word);
            const uint64_t high = word & 0x8080808080808080ull;
            if (high == 0) {
                i += 8;
                continue;
            }
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
            // The ASCII bytes before the first high one at once: French text has an accented
            // letter every few words, and byte by byte up to it would cost a round per byte.
            i += __builtin_ctzll(high) / 8;
#endif
        }
        if (bytes[i] < 0x80) {  // ASCII needs no decoding
            ++i;
            continue;
        }
        // A well-formed two-byte sequence below U+0300 ("é", "à", "ç", NBSP): valid, and
        // normalised as it stands (see the quick check below). C0 and C1 would be overlong.
        if (bytes[i] >= 0xC2 && bytes[i] < 0xCC && i + 1 < length && (bytes[i + 1] & 0xC0) == 0x80) {
            i += 2;
            continue;
        }
        const int32_t at = i;
        UChar32 c;
        U8_NEXT(bytes, i, length, c);
        if (c < 0) {
            err = {parse_error::code::invalid_utf8, static_cast<std::size_t>(at),
                   "invalid UTF-8 at byte " + std::to_string(at)};
            return false;
        }
        // The NFC quick check (UAX #15): text whose code points all have NFC_Quick_Check=Yes
        // and combining class 0 is normalised. Below U+0300 every code point does.
        if (c >= 0x300 && !may_denormalise &&
            (u_getCombiningClass(c) != 0 ||
             u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) != UNORM_YES))
            may_denormalise = true;
    }

    // Stage 1: BOM and carriage returns. Most texts have neither: then the input is used as it
    // is, with no copy and no offset map.
    const bool bom = input.substr(0, 3) == "\xEF\xBB\xBF";
    const bool has_cr = input.find('\r') != std::string_view::npos;
    std::string& cleaned = work.cleaned;
    auto& cleaned_map = work.cleaned_to_input;
    cleaned.clear();
    cleaned_map.clear();
    if (!bom && !has_cr) {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
        if (!may_denormalise || U_FAILURE(status) ||
            nfc->isNormalizedUTF8(icu::StringPiece(input.data(), length), status)) {
            text.assign(input);
            to_source.clear();
            return true;
        }
    }
    std::size_t start = bom ? 3 : 0;
    bool changed = start != 0;
    cleaned.reserve(input.size());
    cleaned_map.reserve(input.size() + 1);
    for (std::size_t i = start; i < input.size(); ++i) {
        if (input[i] == '\r') {
            // CRLF and a lone CR become one LF that maps to the CR.
            changed = true;
            cleaned.push_back('\n');
            cleaned_map.push_back(static_cast<uint32_t>(i));
            if (i + 1 < input.size() && input[i + 1] == '\n') ++i;
            continue;
        } else {
            cleaned.push_back(input[i]);
        }
        cleaned_map.push_back(static_cast<uint32_t>(i));
    }
    cleaned_map.push_back(static_cast<uint32_t>(input.size()));

    // Stage 2: NFC, with the edits that say where the text changed.
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    text.clear();
    // Dropping a BOM or a CR leaves the quick check's verdict as it was.
    if (!may_denormalise || U_FAILURE(status) ||
        nfc->isNormalizedUTF8(
            icu::StringPiece(cleaned.data(), static_cast<int32_t>(cleaned.size())), status)) {
        text = cleaned;
        to_source.clear();
        if (changed) to_source = cleaned_map;
        return true;
    }
    status = U_ZERO_ERROR;
    work.edits.reset();
    icu::StringByteSink<std::string> sink(&text);
    nfc->normalizeUTF8(0, icu::StringPiece(cleaned.data(), static_cast<int32_t>(cleaned.size())),
                       sink, &work.edits, status);
    if (U_FAILURE(status)) {
        text = cleaned;
        to_source.clear();
        if (changed) to_source = cleaned_map;
        return true;
    }
    to_source.assign(text.size() + 1, static_cast<uint32_t>(input.size()));
    auto it = work.edits.getFineIterator();
    while (it.next(status)) {
        const auto src = static_cast<std::size_t>(it.sourceIndex());
        const auto dst = static_cast<std::size_t>(it.destinationIndex());
        for (int32_t k = 0; k < it.newLength(); ++k) {
            const std::size_t from = it.hasChange() ? src : src + static_cast<std::size_t>(k);
            to_source[dst + static_cast<std::size_t>(k)] = cleaned_map[from];
        }
    }
    to_source[text.size()] = static_cast<uint32_t>(input.size());
    return true;
}

}  // namespace precis::grammar
