using System.Text.Json;
using Microsoft.Playwright;

namespace Dispatch.Tests.Infrastructure;

/// <summary>
/// Finds untranslated text on a page: an ASCII word (an enum name, a server message, an identifier) inside the
/// Chinese UI, or CJK characters inside the English UI. Only what a person can see is read: visible text, the
/// options of visible selects, placeholders and values of visible buttons. Text marked translate="no" (names,
/// usernames, free text people typed) and the allowed proper names are left alone. Reusable on any screen:
/// open it, then call <see cref="FindLeaksAsync"/> with the language the console shows.
/// </summary>
public static class LanguageScan
{
    /// <summary>Words that stay as they are in Chinese text: product and map credits, units, clinical abbreviations everyone reads.</summary>
    public static readonly IReadOnlyList<string> AllowedInChinese =
    [
        "English", "OpenStreetMap", "Leaflet", "km", "min", "mmHg", "bpm", "GPS", "WGS", "GCJ", "BD", "SpO", "ICU", "NICU", "PCI", "P50", "P90", "ST", "CT",
    ];

    /// <summary>CJK text that stays as it is in English: the switch back to Chinese.</summary>
    public static readonly IReadOnlyList<string> AllowedInEnglish = ["中文"];

    private const string Script = """
        ([lang, allowedZh, allowedEn]) => {
          const leaks = [];
          const caseNumbers = /\b(?:ZZ|ZY|C)\d{8}-\d{4}\b|#[0-9a-f]{8}\b/g;
          const cjk = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/;
          const visible = (el) => {
            if (!el) return false;
            // Names and typed text (translate="no") and the map's licence credit stay as they are.
            if (el.closest('[translate="no"], .leaflet-control-attribution')) return false;
            const owner = el.closest('option') ? el.closest('select') : el;
            return owner.checkVisibility ? owner.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) : owner.offsetParent !== null;
          };
          const where = (el) => {
            const parts = [];
            for (let e = el; e && e !== document.body && parts.length < 4; e = e.parentElement)
              parts.unshift(e.tagName.toLowerCase() + (e.classList.length ? '.' + [...e.classList].slice(0, 2).join('.') : ''));
            return parts.join(' > ');
          };
          const check = (text, el) => {
            const t = text.replace(caseNumbers, ' ').trim();
            if (!t) return;
            if (lang === 'zh-CN') {
              const words = (t.match(/[A-Za-z][A-Za-z_]+/g) || []).filter((w) => !allowedZh.includes(w));
              if (words.length) leaks.push(`"${text.trim().slice(0, 80)}" [${words.join(', ')}] in ${where(el)}`);
            } else {
              let rest = t;
              for (const name of allowedEn) rest = rest.split(name).join('');
              if (cjk.test(rest)) leaks.push(`"${text.trim().slice(0, 80)}" in ${where(el)}`);
            }
          };
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const el = n.parentElement;
            if (!el || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(el.tagName)) continue;
            if (visible(el)) check(n.textContent || '', el);
          }
          for (const el of document.querySelectorAll('input[placeholder], textarea[placeholder]'))
            if (visible(el)) check(el.getAttribute('placeholder') || '', el);
          return leaks;
        }
        """;

    public static async Task<IReadOnlyList<string>> FindLeaksAsync(IPage page, string lang, IEnumerable<string>? alsoAllowed = null)
    {
        var extra = alsoAllowed?.ToList() ?? [];
        var result = await page.EvaluateAsync<JsonElement>(Script,
            new object[] { lang, AllowedInChinese.Concat(extra).ToArray(), AllowedInEnglish.Concat(extra).ToArray() });
        return result.EnumerateArray().Select(e => e.GetString()!).Distinct().ToList();
    }

    /// <summary>
    /// Which of these names a person can see on the page, wherever they sit (text marked translate="no" included): for
    /// names the English console must show in their English form (call signs, standby posts).
    /// </summary>
    public static async Task<IReadOnlyList<string>> FindNamesAsync(IPage page, IReadOnlyList<string> names)
    {
        var shown = await page.EvaluateAsync<string>("() => document.body.innerText");
        return names.Where(n => shown.Contains(n, StringComparison.Ordinal)).ToList();
    }

    /// <summary>Fails the test with every leak found, named with where it sits on the page.</summary>
    public static async Task AssertCleanAsync(IPage page, string lang, string screen, IEnumerable<string>? alsoAllowed = null)
    {
        var leaks = await FindLeaksAsync(page, lang, alsoAllowed);
        Assert.That(leaks, Is.Empty, $"{screen} in {lang} shows untranslated text:\n" + string.Join('\n', leaks));
    }
}
