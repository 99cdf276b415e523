#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 379:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const ANY = Symbol('SemVer ANY')
// hoisted class for cyclic dependency
class Comparator {
  static get ANY () {
    return ANY
  }

  constructor (comp, options) {
    options = parseOptions(options)

    if (comp instanceof Comparator) {
      if (comp.loose === !!options.loose) {
        return comp
      } else {
        comp = comp.value
      }
    }

    comp = comp.trim().split(/\s+/).join(' ')
    debug('comparator', comp, options)
    this.options = options
    this.loose = !!options.loose
    this.parse(comp)

    if (this.semver === ANY) {
      this.value = ''
    } else {
      this.value = this.operator + this.semver.version
    }

    debug('comp', this)
  }

  parse (comp) {
    const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR]
    const m = comp.match(r)

    if (!m) {
      throw new TypeError(`Invalid comparator: ${comp}`)
    }

    this.operator = m[1] !== undefined ? m[1] : ''
    if (this.operator === '=') {
      this.operator = ''
    }

    // if it literally is just '>' or '' then allow anything.
    if (!m[2]) {
      this.semver = ANY
    } else {
      this.semver = new SemVer(m[2], this.options.loose)
    }
  }

  toString () {
    return this.value
  }

  test (version) {
    debug('Comparator.test', version, this.options.loose)

    if (this.semver === ANY || version === ANY) {
      return true
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    return cmp(version, this.operator, this.semver, this.options)
  }

  intersects (comp, options) {
    if (!(comp instanceof Comparator)) {
      throw new TypeError('a Comparator is required')
    }

    if (this.operator === '') {
      if (this.value === '') {
        return true
      }
      return new Range(comp.value, options).test(this.value)
    } else if (comp.operator === '') {
      if (comp.value === '') {
        return true
      }
      return new Range(this.value, options).test(comp.semver)
    }

    options = parseOptions(options)

    // Special cases where nothing can possibly be lower
    if (options.includePrerelease &&
      (this.value === '<0.0.0-0' || comp.value === '<0.0.0-0')) {
      return false
    }
    if (!options.includePrerelease &&
      (this.value.startsWith('<0.0.0') || comp.value.startsWith('<0.0.0'))) {
      return false
    }

    // Same direction increasing (> or >=)
    if (this.operator.startsWith('>') && comp.operator.startsWith('>')) {
      return true
    }
    // Same direction decreasing (< or <=)
    if (this.operator.startsWith('<') && comp.operator.startsWith('<')) {
      return true
    }
    // same SemVer and both sides are inclusive (<= or >=)
    if (
      (this.semver.version === comp.semver.version) &&
      this.operator.includes('=') && comp.operator.includes('=')) {
      return true
    }
    // opposite directions less than
    if (cmp(this.semver, '<', comp.semver, options) &&
      this.operator.startsWith('>') && comp.operator.startsWith('<')) {
      return true
    }
    // opposite directions greater than
    if (cmp(this.semver, '>', comp.semver, options) &&
      this.operator.startsWith('<') && comp.operator.startsWith('>')) {
      return true
    }
    return false
  }
}

module.exports = Comparator

const parseOptions = __nccwpck_require__(356)
const { safeRe: re, t } = __nccwpck_require__(471)
const cmp = __nccwpck_require__(646)
const debug = __nccwpck_require__(159)
const SemVer = __nccwpck_require__(163)
const Range = __nccwpck_require__(782)


/***/ }),

/***/ 782:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SPACE_CHARACTERS = /\s+/g

// hoisted class for cyclic dependency
class Range {
  constructor (range, options) {
    options = parseOptions(options)

    if (range instanceof Range) {
      if (
        range.loose === !!options.loose &&
        range.includePrerelease === !!options.includePrerelease
      ) {
        return range
      } else {
        return new Range(range.raw, options)
      }
    }

    if (range instanceof Comparator) {
      // just put it in the set and return
      this.raw = range.value
      this.set = [[range]]
      this.formatted = undefined
      return this
    }

    this.options = options
    this.loose = !!options.loose
    this.includePrerelease = !!options.includePrerelease

    // First reduce all whitespace as much as possible so we do not have to rely
    // on potentially slow regexes like \s*. This is then stored and used for
    // future error messages as well.
    this.raw = range.trim().replace(SPACE_CHARACTERS, ' ')

    // First, split on ||
    this.set = this.raw
      .split('||')
      // map the range to a 2d array of comparators
      .map(r => this.parseRange(r.trim()))
      // throw out any comparator lists that are empty
      // this generally means that it was not a valid range, which is allowed
      // in loose mode, but will still throw if the WHOLE range is invalid.
      .filter(c => c.length)

    if (!this.set.length) {
      throw new TypeError(`Invalid SemVer Range: ${this.raw}`)
    }

    // if we have any that are not the null set, throw out null sets.
    if (this.set.length > 1) {
      // keep the first one, in case they're all null sets
      const first = this.set[0]
      this.set = this.set.filter(c => !isNullSet(c[0]))
      if (this.set.length === 0) {
        this.set = [first]
      } else if (this.set.length > 1) {
        // if we have any that are *, then the range is just *
        for (const c of this.set) {
          if (c.length === 1 && isAny(c[0])) {
            this.set = [c]
            break
          }
        }
      }
    }

    this.formatted = undefined
  }

  get range () {
    if (this.formatted === undefined) {
      this.formatted = ''
      for (let i = 0; i < this.set.length; i++) {
        if (i > 0) {
          this.formatted += '||'
        }
        const comps = this.set[i]
        for (let k = 0; k < comps.length; k++) {
          if (k > 0) {
            this.formatted += ' '
          }
          this.formatted += comps[k].toString().trim()
        }
      }
    }
    return this.formatted
  }

  format () {
    return this.range
  }

  toString () {
    return this.range
  }

  parseRange (range) {
    // strip build metadata so it can't bleed into the version
    range = range.replace(BUILDSTRIPRE, '')

    // memoize range parsing for performance.
    // this is a very hot path, and fully deterministic.
    const memoOpts =
      (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) |
      (this.options.loose && FLAG_LOOSE)
    const memoKey = memoOpts + ':' + range
    const cached = cache.get(memoKey)
    if (cached) {
      return cached
    }

    const loose = this.options.loose
    // `1.2.3 - 1.2.4` => `>=1.2.3 <=1.2.4`
    const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE]
    range = range.replace(hr, hyphenReplace(this.options.includePrerelease))
    debug('hyphen replace', range)

    // `> 1.2.3 < 1.2.5` => `>1.2.3 <1.2.5`
    range = trimComparatorWhitespace(range)
    debug('comparator trim', range)

    // `~ 1.2.3` => `~1.2.3`
    range = range.replace(re[t.TILDETRIM], tildeTrimReplace)
    debug('tilde trim', range)

    // `^ 1.2.3` => `^1.2.3`
    range = range.replace(re[t.CARETTRIM], caretTrimReplace)
    debug('caret trim', range)

    // At this point, the range is completely trimmed and
    // ready to be split into comparators.

    let rangeList = range
      .split(' ')
      .map(comp => parseComparator(comp, this.options))
      .join(' ')
      .split(/\s+/)
      // >=0.0.0 is equivalent to *
      .map(comp => replaceGTE0(comp, this.options))

    if (loose) {
      // in loose mode, throw out any that are not valid comparators
      rangeList = rangeList.filter(comp => {
        debug('loose invalid filter', comp, this.options)
        return !!comp.match(re[t.COMPARATORLOOSE])
      })
    }
    debug('range list', rangeList)

    // if any comparators are the null set, then replace with JUST null set
    // if more than one comparator, remove any * comparators
    // also, don't include the same comparator more than once
    const rangeMap = new Map()
    const comparators = rangeList.map(comp => new Comparator(comp, this.options))
    for (const comp of comparators) {
      if (isNullSet(comp)) {
        return [comp]
      }
      rangeMap.set(comp.value, comp)
    }
    if (rangeMap.size > 1 && rangeMap.has('')) {
      rangeMap.delete('')
    }

    const result = [...rangeMap.values()]
    cache.set(memoKey, result)
    return result
  }

  intersects (range, options) {
    if (!(range instanceof Range)) {
      throw new TypeError('a Range is required')
    }

    return this.set.some((thisComparators) => {
      return (
        isSatisfiable(thisComparators, options) &&
        range.set.some((rangeComparators) => {
          return (
            isSatisfiable(rangeComparators, options) &&
            thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options)
              })
            })
          )
        })
      )
    })
  }

  // if ANY of the sets match ALL of its comparators, then pass
  test (version) {
    if (!version) {
      return false
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    for (let i = 0; i < this.set.length; i++) {
      if (testSet(this.set[i], version, this.options)) {
        return true
      }
    }
    return false
  }
}

module.exports = Range

const LRU = __nccwpck_require__(383)
const cache = new LRU()

const parseOptions = __nccwpck_require__(356)
const Comparator = __nccwpck_require__(379)
const debug = __nccwpck_require__(159)
const SemVer = __nccwpck_require__(163)
const trimComparatorWhitespace = __nccwpck_require__(737)
const {
  safeRe: re,
  src,
  t,
  tildeTrimReplace,
  caretTrimReplace,
} = __nccwpck_require__(471)
const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = __nccwpck_require__(101)

// unbounded global build-metadata stripper used by parseRange
const BUILDSTRIPRE = new RegExp(src[t.BUILD], 'g')

const isNullSet = c => c.value === '<0.0.0-0'
const isAny = c => c.value === ''

// take a set of comparators and determine whether there
// exists a version which can satisfy it
const isSatisfiable = (comparators, options) => {
  let result = true
  const remainingComparators = comparators.slice()
  let testComparator = remainingComparators.pop()

  while (result && remainingComparators.length) {
    result = remainingComparators.every((otherComparator) => {
      return testComparator.intersects(otherComparator, options)
    })

    testComparator = remainingComparators.pop()
  }

  return result
}

// comprised of xranges, tildes, stars, and gtlt's at this point.
// already replaced the hyphen ranges
// turn into a set of JUST comparators.
const parseComparator = (comp, options) => {
  comp = comp.replace(re[t.BUILD], '')
  debug('comp', comp, options)
  comp = replaceCarets(comp, options)
  debug('caret', comp)
  comp = replaceTildes(comp, options)
  debug('tildes', comp)
  comp = replaceXRanges(comp, options)
  debug('xrange', comp)
  comp = replaceStars(comp, options)
  debug('stars', comp)
  return comp
}

const isX = id => !id || id.toLowerCase() === 'x' || id === '*'

const invalidXRangeOrder = (M, m, p) => (
  (isX(M) && !isX(m)) ||
  (isX(m) && p && !isX(p))
)

// ~, ~> --> * (any, kinda silly)
// ~2, ~2.x, ~2.x.x, ~>2, ~>2.x ~>2.x.x --> >=2.0.0 <3.0.0-0
// ~2.0, ~2.0.x, ~>2.0, ~>2.0.x --> >=2.0.0 <2.1.0-0
// ~1.2, ~1.2.x, ~>1.2, ~>1.2.x --> >=1.2.0 <1.3.0-0
// ~1.2.3, ~>1.2.3 --> >=1.2.3 <1.3.0-0
// ~1.2.0, ~>1.2.0 --> >=1.2.0 <1.3.0-0
// ~0.0.1 --> >=0.0.1 <0.1.0-0
const replaceTildes = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceTilde(c, options))
    .join(' ')
}

const replaceTilde = (comp, options) => {
  const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE]
  // if we're including prereleases in the match, then the lower bound is
  // -0, the lowest possible prerelease value, just like x-ranges and carets.
  // this keeps `~1.2` equivalent to the `1.2.x` x-range it's documented as.
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('tilde', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      // ~1.2 == >=1.2.0 <1.3.0-0
      ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
    } else if (pr) {
      debug('replaceTilde pr', pr)
      ret = `>=${M}.${m}.${p}-${pr
      } <${M}.${+m + 1}.0-0`
    } else {
      // ~1.2.3 == >=1.2.3 <1.3.0-0
      ret = `>=${M}.${m}.${p
      } <${M}.${+m + 1}.0-0`
    }

    debug('tilde return', ret)
    return ret
  })
}

// ^ --> * (any, kinda silly)
// ^2, ^2.x, ^2.x.x --> >=2.0.0 <3.0.0-0
// ^2.0, ^2.0.x --> >=2.0.0 <3.0.0-0
// ^1.2, ^1.2.x --> >=1.2.0 <2.0.0-0
// ^1.2.3 --> >=1.2.3 <2.0.0-0
// ^1.2.0 --> >=1.2.0 <2.0.0-0
// ^0.0.1 --> >=0.0.1 <0.0.2-0
// ^0.1.0 --> >=0.1.0 <0.2.0-0
const replaceCarets = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceCaret(c, options))
    .join(' ')
}

const replaceCaret = (comp, options) => {
  debug('caret', comp, options)
  const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET]
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('caret', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      if (M === '0') {
        ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
      } else {
        ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`
      }
    } else if (pr) {
      debug('replaceCaret pr', pr)
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p}-${pr
        } <${+M + 1}.0.0-0`
      }
    } else {
      debug('no pr')
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p
        } <${+M + 1}.0.0-0`
      }
    }

    debug('caret return', ret)
    return ret
  })
}

const replaceXRanges = (comp, options) => {
  debug('replaceXRanges', comp, options)
  return comp
    .split(/\s+/)
    .map((c) => replaceXRange(c, options))
    .join(' ')
}

const replaceXRange = (comp, options) => {
  comp = comp.trim()
  const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE]
  return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
    debug('xRange', comp, ret, gtlt, M, m, p, pr)
    if (invalidXRangeOrder(M, m, p)) {
      return comp
    }

    const xM = isX(M)
    const xm = xM || isX(m)
    const xp = xm || isX(p)
    const anyX = xp

    if (gtlt === '=' && anyX) {
      gtlt = ''
    }

    // if we're including prereleases in the match, then we need
    // to fix this to -0, the lowest possible prerelease value
    pr = options.includePrerelease ? '-0' : ''

    if (xM) {
      if (gtlt === '>' || gtlt === '<') {
        // nothing is allowed
        ret = '<0.0.0-0'
      } else {
        // nothing is forbidden
        ret = '*'
      }
    } else if (gtlt && anyX) {
      // we know patch is an x, because we have any x at all.
      // replace X with 0
      if (xm) {
        m = 0
      }
      p = 0

      if (gtlt === '>') {
        // >1 => >=2.0.0
        // >1.2 => >=1.3.0
        gtlt = '>='
        if (xm) {
          M = +M + 1
          m = 0
          p = 0
        } else {
          m = +m + 1
          p = 0
        }
      } else if (gtlt === '<=') {
        // <=0.7.x is actually <0.8.0, since any 0.7.x should
        // pass.  Similarly, <=7.x is actually <8.0.0, etc.
        gtlt = '<'
        if (xm) {
          M = +M + 1
        } else {
          m = +m + 1
        }
      }

      if (gtlt === '<') {
        pr = '-0'
      }

      ret = `${gtlt + M}.${m}.${p}${pr}`
    } else if (xm) {
      ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`
    } else if (xp) {
      ret = `>=${M}.${m}.0${pr
      } <${M}.${+m + 1}.0-0`
    }

    debug('xRange return', ret)

    return ret
  })
}

// Because * is AND-ed with everything else in the comparator,
// and '' means "any version", just remove the *s entirely.
const replaceStars = (comp, options) => {
  debug('replaceStars', comp, options)
  // Looseness is ignored here.  star is always as loose as it gets!
  return comp
    .trim()
    .replace(re[t.STAR], '')
}

const replaceGTE0 = (comp, options) => {
  debug('replaceGTE0', comp, options)
  return comp
    .trim()
    .replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], '')
}

// This function is passed to string.replace(re[t.HYPHENRANGE])
// M, m, patch, prerelease, build
// 1.2 - 3.4.5 => >=1.2.0 <=3.4.5
// 1.2.3 - 3.4 => >=1.2.0 <3.5.0-0 Any 3.4.x will do
// 1.2 - 3.4 => >=1.2.0 <3.5.0-0
// TODO build?
const hyphenReplace = incPr => ($0,
  from, fM, fm, fp, fpr, fb,
  to, tM, tm, tp, tpr) => {
  if (isX(fM)) {
    from = ''
  } else if (isX(fm)) {
    from = `>=${fM}.0.0${incPr ? '-0' : ''}`
  } else if (isX(fp)) {
    from = `>=${fM}.${fm}.0${incPr ? '-0' : ''}`
  } else if (fpr) {
    from = `>=${from}`
  } else {
    from = `>=${from}${incPr ? '-0' : ''}`
  }

  if (isX(tM)) {
    to = ''
  } else if (isX(tm)) {
    to = `<${+tM + 1}.0.0-0`
  } else if (isX(tp)) {
    to = `<${tM}.${+tm + 1}.0-0`
  } else if (tpr) {
    to = `<=${tM}.${tm}.${tp}-${tpr}`
  } else if (incPr) {
    to = `<${tM}.${tm}.${+tp + 1}-0`
  } else {
    to = `<=${to}`
  }

  return `${from} ${to}`.trim()
}

const testSet = (set, version, options) => {
  for (let i = 0; i < set.length; i++) {
    if (!set[i].test(version)) {
      return false
    }
  }

  if (version.prerelease.length && !options.includePrerelease) {
    // Find the set of versions that are allowed to have prereleases
    // For example, ^1.2.3-pr.1 desugars to >=1.2.3-pr.1 <2.0.0
    // That should allow `1.2.3-pr.2` to pass.
    // However, `1.2.4-alpha.notready` should NOT be allowed,
    // even though it's within the range set by the comparators.
    for (let i = 0; i < set.length; i++) {
      debug(set[i].semver)
      if (set[i].semver === Comparator.ANY) {
        continue
      }

      if (set[i].semver.prerelease.length > 0) {
        const allowed = set[i].semver
        if (allowed.major === version.major &&
            allowed.minor === version.minor &&
            allowed.patch === version.patch) {
          return true
        }
      }
    }

    // Version has a -pre, but it's not one of the ones we like.
    return false
  }

  return true
}


/***/ }),

/***/ 163:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(159)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(101)
const { safeRe: re, t } = __nccwpck_require__(471)

const parseOptions = __nccwpck_require__(356)
const { compareIdentifiers } = __nccwpck_require__(348)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 799:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(353)
const clean = (version, options) => {
  const s = parse(version.trim().replace(/^[=v]+/, ''), options)
  return s ? s.version : null
}
module.exports = clean


/***/ }),

/***/ 646:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const eq = __nccwpck_require__(82)
const neq = __nccwpck_require__(974)
const gt = __nccwpck_require__(599)
const gte = __nccwpck_require__(236)
const lt = __nccwpck_require__(491)
const lte = __nccwpck_require__(717)

const cmp = (a, op, b, loose) => {
  switch (op) {
    case '===':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a === b

    case '!==':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a !== b

    case '':
    case '=':
    case '==':
      return eq(a, b, loose)

    case '!=':
      return neq(a, b, loose)

    case '>':
      return gt(a, b, loose)

    case '>=':
      return gte(a, b, loose)

    case '<':
      return lt(a, b, loose)

    case '<=':
      return lte(a, b, loose)

    default:
      throw new TypeError(`Invalid operator: ${op}`)
  }
}
module.exports = cmp


/***/ }),

/***/ 385:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const parse = __nccwpck_require__(353)
const { safeRe: re, t } = __nccwpck_require__(471)

const coerce = (version, options) => {
  if (version instanceof SemVer) {
    return version
  }

  if (typeof version === 'number') {
    version = String(version)
  }

  if (typeof version !== 'string') {
    return null
  }

  options = options || {}

  let match = null
  if (!options.rtl) {
    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE])
  } else {
    // Find the right-most coercible string that does not share
    // a terminus with a more left-ward coercible string.
    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
    //
    // Walk through the string checking with a /g regexp
    // Manually set the index so as to pick up overlapping matches.
    // Stop when we get a match that ends at the string end, since no
    // coercible string can be more right-ward without the same terminus.
    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL]
    let next
    while ((next = coerceRtlRegex.exec(version)) &&
        (!match || match.index + match[0].length !== version.length)
    ) {
      if (!match ||
            next.index + next[0].length !== match.index + match[0].length) {
        match = next
      }
      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length
    }
    // leave it in a clean state
    coerceRtlRegex.lastIndex = -1
  }

  if (match === null) {
    return null
  }

  const major = match[2]
  const minor = match[3] || '0'
  const patch = match[4] || '0'
  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : ''
  const build = options.includePrerelease && match[6] ? `+${match[6]}` : ''

  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
}
module.exports = coerce


/***/ }),

/***/ 648:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const compareBuild = (a, b, loose) => {
  const versionA = new SemVer(a, loose)
  const versionB = new SemVer(b, loose)
  return versionA.compare(versionB) || versionA.compareBuild(versionB)
}
module.exports = compareBuild


/***/ }),

/***/ 874:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(469)
const compareLoose = (a, b) => compare(a, b, true)
module.exports = compareLoose


/***/ }),

/***/ 469:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 711:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(353)

const diff = (version1, version2) => {
  const v1 = parse(version1, null, true)
  const v2 = parse(version2, null, true)
  const comparison = v1.compare(v2)

  if (comparison === 0) {
    return null
  }

  const v1Higher = comparison > 0
  const highVersion = v1Higher ? v1 : v2
  const lowVersion = v1Higher ? v2 : v1
  const highHasPre = !!highVersion.prerelease.length
  const lowHasPre = !!lowVersion.prerelease.length

  if (lowHasPre && !highHasPre) {
    // Going from prerelease -> no prerelease requires some special casing

    // If the low version has only a major, then it will always be a major
    // Some examples:
    // 1.0.0-1 -> 1.0.0
    // 1.0.0-1 -> 1.1.1
    // 1.0.0-1 -> 2.0.0
    if (!lowVersion.patch && !lowVersion.minor) {
      return 'major'
    }

    // If the main part has no difference
    if (lowVersion.compareMain(highVersion) === 0) {
      if (lowVersion.minor && !lowVersion.patch) {
        return 'minor'
      }
      return 'patch'
    }
  }

  // add the `pre` prefix if we are going to a prerelease version
  const prefix = highHasPre ? 'pre' : ''

  if (v1.major !== v2.major) {
    return prefix + 'major'
  }

  if (v1.minor !== v2.minor) {
    return prefix + 'minor'
  }

  if (v1.patch !== v2.patch) {
    return prefix + 'patch'
  }

  // high and low are prereleases
  return 'prerelease'
}

module.exports = diff


/***/ }),

/***/ 82:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(469)
const eq = (a, b, loose) => compare(a, b, loose) === 0
module.exports = eq


/***/ }),

/***/ 599:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(469)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 236:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(469)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 338:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)

const inc = (version, release, options, identifier, identifierBase) => {
  if (typeof (options) === 'string') {
    identifierBase = identifier
    identifier = options
    options = undefined
  }

  try {
    return new SemVer(
      version instanceof SemVer ? version.version : version,
      options
    ).inc(release, identifier, identifierBase).version
  } catch (er) {
    return null
  }
}
module.exports = inc


/***/ }),

/***/ 491:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(469)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 717:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(469)
const lte = (a, b, loose) => compare(a, b, loose) <= 0
module.exports = lte


/***/ }),

/***/ 511:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const major = (a, loose) => new SemVer(a, loose).major
module.exports = major


/***/ }),

/***/ 603:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const minor = (a, loose) => new SemVer(a, loose).minor
module.exports = minor


/***/ }),

/***/ 974:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(469)
const neq = (a, b, loose) => compare(a, b, loose) !== 0
module.exports = neq


/***/ }),

/***/ 353:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 756:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const patch = (a, loose) => new SemVer(a, loose).patch
module.exports = patch


/***/ }),

/***/ 714:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(353)
const prerelease = (version, options) => {
  const parsed = parse(version, options)
  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
}
module.exports = prerelease


/***/ }),

/***/ 173:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(469)
const rcompare = (a, b, loose) => compare(b, a, loose)
module.exports = rcompare


/***/ }),

/***/ 192:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(648)
const rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose))
module.exports = rsort


/***/ }),

/***/ 11:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(782)
const satisfies = (version, range, options) => {
  try {
    range = new Range(range, options)
  } catch (er) {
    return false
  }
  return range.test(version)
}
module.exports = satisfies


/***/ }),

/***/ 872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(648)
const sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose))
module.exports = sort


/***/ }),

/***/ 114:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(353)
const constants = __nccwpck_require__(101)
const SemVer = __nccwpck_require__(163)

const truncate = (version, truncation, options) => {
  if (!constants.RELEASE_TYPES.includes(truncation)) {
    return null
  }

  const clonedVersion = cloneInputVersion(version, options)
  return clonedVersion && doTruncation(clonedVersion, truncation)
}

const cloneInputVersion = (version, options) => {
  const versionStringToParse = (
    version instanceof SemVer ? version.version : version
  )

  return parse(versionStringToParse, options)
}

const doTruncation = (version, truncation) => {
  if (isPrerelease(truncation)) {
    return version.version
  }

  version.prerelease = []

  switch (truncation) {
    case 'major':
      version.minor = 0
      version.patch = 0
      break
    case 'minor':
      version.patch = 0
      break
  }

  return version.format()
}

const isPrerelease = (type) => {
  return type.startsWith('pre')
}

module.exports = truncate


/***/ }),

/***/ 780:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(353)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 88:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// just pre-load all the stuff that index.js lazily exports
const internalRe = __nccwpck_require__(471)
const constants = __nccwpck_require__(101)
const SemVer = __nccwpck_require__(163)
const identifiers = __nccwpck_require__(348)
const parse = __nccwpck_require__(353)
const valid = __nccwpck_require__(780)
const clean = __nccwpck_require__(799)
const inc = __nccwpck_require__(338)
const diff = __nccwpck_require__(711)
const major = __nccwpck_require__(511)
const minor = __nccwpck_require__(603)
const patch = __nccwpck_require__(756)
const prerelease = __nccwpck_require__(714)
const compare = __nccwpck_require__(469)
const rcompare = __nccwpck_require__(173)
const compareLoose = __nccwpck_require__(874)
const compareBuild = __nccwpck_require__(648)
const sort = __nccwpck_require__(872)
const rsort = __nccwpck_require__(192)
const gt = __nccwpck_require__(599)
const lt = __nccwpck_require__(491)
const eq = __nccwpck_require__(82)
const neq = __nccwpck_require__(974)
const gte = __nccwpck_require__(236)
const lte = __nccwpck_require__(717)
const cmp = __nccwpck_require__(646)
const coerce = __nccwpck_require__(385)
const truncate = __nccwpck_require__(114)
const Comparator = __nccwpck_require__(379)
const Range = __nccwpck_require__(782)
const satisfies = __nccwpck_require__(11)
const toComparators = __nccwpck_require__(750)
const maxSatisfying = __nccwpck_require__(193)
const minSatisfying = __nccwpck_require__(595)
const minVersion = __nccwpck_require__(866)
const validRange = __nccwpck_require__(118)
const outside = __nccwpck_require__(280)
const gtr = __nccwpck_require__(276)
const ltr = __nccwpck_require__(213)
const intersects = __nccwpck_require__(465)
const simplifyRange = __nccwpck_require__(28)
const subset = __nccwpck_require__(489)
module.exports = {
  parse,
  valid,
  clean,
  inc,
  diff,
  major,
  minor,
  patch,
  prerelease,
  compare,
  rcompare,
  compareLoose,
  compareBuild,
  sort,
  rsort,
  gt,
  lt,
  eq,
  neq,
  gte,
  lte,
  cmp,
  coerce,
  truncate,
  Comparator,
  Range,
  satisfies,
  toComparators,
  maxSatisfying,
  minSatisfying,
  minVersion,
  validRange,
  outside,
  gtr,
  ltr,
  intersects,
  simplifyRange,
  subset,
  SemVer,
  re: internalRe.re,
  src: internalRe.src,
  tokens: internalRe.t,
  SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
  RELEASE_TYPES: constants.RELEASE_TYPES,
  compareIdentifiers: identifiers.compareIdentifiers,
  rcompareIdentifiers: identifiers.rcompareIdentifiers,
}


/***/ }),

/***/ 101:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 159:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 348:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 383:
/***/ ((module) => {



class LRUCache {
  constructor () {
    this.max = 1000
    this.map = new Map()
  }

  get (key) {
    const value = this.map.get(key)
    if (value === undefined) {
      return undefined
    } else {
      // Remove the key from the map and add it to the end
      this.map.delete(key)
      this.map.set(key, value)
      return value
    }
  }

  delete (key) {
    return this.map.delete(key)
  }

  set (key, value) {
    const deleted = this.delete(key)

    if (!deleted && value !== undefined) {
      // If cache is full, delete the least recently used item
      if (this.map.size >= this.max) {
        const firstKey = this.map.keys().next().value
        this.delete(firstKey)
      }

      this.map.set(key, value)
    }

    return this
  }
}

module.exports = LRUCache


/***/ }),

/***/ 356:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 471:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(101)
const debug = __nccwpck_require__(159)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// @ts-check


// Reproduce safeRe[COMPARATORTRIM] replacement boundaries, not version
// validation. Each end-index finder returns an exclusive end, or its start
// on no match.
// Positions count from zero. An end of 3 means characters 0, 1, and 2 were read;
// range.slice(start, end) gives the matched text, not a converted number.
const {
  MAX_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  WHITESPACE_CHARACTERS,
} = __nccwpck_require__(101)

/**
 * Remembers the last two rows of digits so their characters need not be reread.
 * Positions start at -1 until a row has been found.
 *
 * @typedef {object} DigitRunCache
 * @property {number} start The first character of the most recently found row.
 * @property {number} end The position after that row's last character.
 * @property {number} previousStart The first character of the previous row.
 * @property {number} previousEnd The position after the previous row.
 */

// One entry per UTF-16 code unit keeps membership checks constant-time.
const whitespace = new Uint8Array(0x10000)
for (const char of WHITESPACE_CHARACTERS) {
  whitespace[char.charCodeAt(0)] = 1
}

/**
 * Checks whether a character is whitespace, like a space, tab, or newline.
 * Looking past the end of the string returns false.
 *
 * @param {string|undefined} char One character, or undefined past the string's end.
 * @returns {boolean} Whether the character is whitespace.
 * @example isWhitespace(' ') // true
 * @example isWhitespace('1') // false
 */
const isWhitespace = char =>
  char !== undefined && whitespace[char.charCodeAt(0)] === 1

/**
 * Checks for v, =, or whitespace before the version number.
 * These are historical version prefixes, not range operators:
 * < and > are handled separately, as are tilde and caret ranges.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can belong to a version prefix.
 * @example isVersionPrefix('=') // true
 * @example isVersionPrefix('>') // false
 */
const isVersionPrefix = char =>
  char === 'v' ||
  char === '=' ||
  isWhitespace(char)

/**
 * Checks whether a character is one of the digits 0 through 9.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII digit.
 * @example isDigit('7') // true
 * @example isDigit('.') // false
 */
const isDigit = char => char !== undefined && char >= '0' && char <= '9'

/**
 * Checks whether a character is an English letter, uppercase or lowercase.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII letter.
 * @example isLetter('b') // true
 * @example isLetter('7') // false
 */
const isLetter = char =>
  char !== undefined && (
    (char >= 'a' && char <= 'z') ||
    (char >= 'A' && char <= 'Z')
  )

/**
 * Checks for a letter, digit, or hyphen: the characters allowed inside
 * prerelease and build names such as beta-1.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can be part of an identifier.
 * @example isIdentifierCharacter('-') // true
 * @example isIdentifierCharacter('.') // false; dots separate identifiers
 */
const isIdentifierCharacter = char => isDigit(char) || isLetter(char) || char === '-'

/**
 * Checks whether a version component can begin here: with a digit or
 * a wildcard such as x, X, or *.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether a number or wildcard can start with this character.
 * @example isVersionStart('x') // true
 * @example isVersionStart('v') // false; v belongs to the prefix
 */
const isVersionStart = char =>
  isDigit(char) ||
  char === 'x' ||
  char === 'X' ||
  char === '*'

/**
 * Finds the end of a row of digits, but returns no more than limit digits.
 * Remembers the last two rows so looking at them again does not reread them.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first character to check.
 * @param {number} limit The most digit characters the returned match can include.
 * @param {DigitRunCache} digitRuns Shared cache of digit-run positions, updated in place.
 * @returns {number} The position after the matched digits, or start if none match.
 * @example findDigitsEndIndex('123abc', 0, 10, digitRuns) // 3, pointing at a
 * @example findDigitsEndIndex('123abc', 0, 2, digitRuns) // 2, pointing at the unread 3
 */
const findDigitsEndIndex = (range, start, limit, digitRuns) => {
  if (!isDigit(range[start])) {
    return start
  }
  if (start >= digitRuns.start && start < digitRuns.end) {
    return Math.min(start + limit, digitRuns.end)
  }
  if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
    return Math.min(start + limit, digitRuns.previousEnd)
  }
  let end = start + 1
  while (isDigit(range[end])) {
    end++
  }
  // A failed full version can rewind from its second run to its first.
  digitRuns.previousStart = digitRuns.start
  digitRuns.previousEnd = digitRuns.end
  digitRuns.start = start
  digitRuns.end = end
  return Math.min(start + limit, end)
}

/**
 * Reads a number using the old regex's length and leading-zero rules.
 * Strict mode reads just the first zero in 012; loose mode can read all three.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the number should begin.
 * @param {boolean} loose Whether to allow leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched digits, not their numeric value.
 * @example findVersionNumberEndIndex('012', 0, false, digitRuns) // 1
 * @example findVersionNumberEndIndex('012', 0, true, digitRuns) // 3
 */
const findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
  if (!loose && range[start] === '0') {
    return start + 1
  }
  // Strict syntax allows an initial nonzero digit plus MAX_LENGTH digits.
  return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns)
}

/**
 * Reads one piece of a prerelease name, such as beta or 1 in beta.1.
 * Tries the letter-or-hyphen form first, then the number-only form.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @param {boolean} loose Whether numeric identifiers may have leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findPrereleaseIdentifierEndIndex('beta.1', 0, false, digitRuns) // 4, at the dot
 * @example findPrereleaseIdentifierEndIndex('001beta', 0, false, digitRuns) // 7
 */
const findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
  const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns)
  // The legacy regex tries a nonnumeric identifier before a numeric one.
  if (isLetter(range[digitsEnd]) || range[digitsEnd] === '-') {
    let end = digitsEnd + 1
    const limit = end + MAX_SAFE_BUILD_LENGTH
    while (end < limit && isIdentifierCharacter(range[end])) {
      end++
    }
    return end
  }
  return findVersionNumberEndIndex(range, start, loose, digitRuns)
}

/**
 * Reads a prerelease suffix such as -beta.1, one dot-separated piece at a time.
 * Loose mode also allows the name without its opening hyphen.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the suffix should begin, including -.
 * @param {boolean} loose Whether the opening hyphen is optional and zeros allowed.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched suffix, or start if absent.
 * @example findPrereleaseEndIndex('-beta.1+sha', 0, false, digitRuns) // 7, at the plus
 * @example findPrereleaseEndIndex('beta', 0, false, digitRuns) // 0; no opening hyphen
 */
const findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
  const hyphen = range[start] === '-'
  if (!loose && !hyphen) {
    return start
  }
  const identifierStart = start + (hyphen ? 1 : 0)
  let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns)
  if (end === identifierStart) {
    if (!loose || !hyphen) {
      return start
    }
    // In loose syntax, a lone hyphen can itself be the identifier.
    end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns)
  }
  while (range[end] === '.') {
    const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads one build-name piece, such as sha or 123 in +sha.123.
 * Stops at a disallowed character or the old regex's length limit.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findBuildIdentifierEndIndex('sha.123', 0) // 3, at the dot
 * @example findBuildIdentifierEndIndex('001', 0) // 3; leading zeros are allowed
 */
const findBuildIdentifierEndIndex = (range, start) => {
  let end = start
  while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
    end++
  }
  return end
}

/**
 * Reads optional build metadata such as +sha.123.
 * Leaves the position unchanged if there is no plus sign followed by a name.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the opening + should be.
 * @returns {number} The position after the matched metadata, or start if absent.
 * @example findBuildEndIndex('+sha.123 <2', 0) // 8, at the space
 * @example findBuildEndIndex('+', 0) // 0; a plus sign alone is not a match
 */
const findBuildEndIndex = (range, start) => {
  if (range[start] !== '+') {
    return start
  }
  let end = findBuildIdentifierEndIndex(range, start + 1)
  if (end === start + 1) {
    return start
  }
  while (range[end] === '.') {
    const next = findBuildIdentifierEndIndex(range, end + 1)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads three numbers separated by dots, then any prerelease and build suffixes.
 * Uses loose rules, so forms such as 01.02.03beta can match here.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first number, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the version match, or start if none matches.
 * @example findLooseFullVersionEndIndex('1.2.3-beta+sha <2', 0, digitRuns) // 14
 * @example findLooseFullVersionEndIndex('1.2', 0, digitRuns) // 0; needs three numbers
 */
const findLooseFullVersionEndIndex = (range, start, digitRuns) => {
  let end = start
  for (let component = 0; component < 3; component++) {
    const next = findVersionNumberEndIndex(range, end, true, digitRuns)
    if (next === end) {
      return start
    }
    end = next
    if (component < 2) {
      if (range[end] !== '.') {
        return start
      }
      end++
    }
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Reads one component of a partial or wildcard version, such as 2 or x in 2.x.
 * Numbers use strict leading-zero rules; wildcards take up one character.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the component should begin.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the component, or start if none matches.
 * @example findPartialVersionComponentEndIndex('2.x', 0, digitRuns) // 1, at the dot
 * @example findPartialVersionComponentEndIndex('2.x', 2, digitRuns) // 3, after x
 */
const findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
  if (isDigit(range[start])) {
    return findVersionNumberEndIndex(range, start, false, digitRuns)
  }
  return isVersionStart(range[start]) ? start + 1 : start
}

/**
 * Reads up to three components, allowing forms such as 1, 1.2, or 1.x.
 * After the third component, also reads any strict prerelease and build suffixes.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched version text.
 * @example findPartialVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 * @example findPartialVersionEndIndex('1.', 0, digitRuns) // 1; the trailing dot is unread
 */
const findPartialVersionEndIndex = (range, start, digitRuns) => {
  let end = findPartialVersionComponentEndIndex(range, start, digitRuns)
  for (let component = 0; component < 2; component++) {
    if (range[end] !== '.') {
      return end
    }
    const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns)
    if (next === end + 1) {
      return end
    }
    end = next
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Finds where a version match ends, without deciding whether the range is valid.
 * Tries a loose full version first, then a partial or wildcard version, just
 * like the old regex's LOOSEPLAIN and XRANGEPLAIN alternatives.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position where scanning the next candidate can resume.
 * @example findVersionEndIndex('1.2.3 <2', 0, digitRuns) // 5, at the space
 * @example findVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 */
const findVersionEndIndex = (range, start, digitRuns) => {
  const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns)
  return fullVersionEnd !== start
    ? fullVersionEnd
    : findPartialVersionEndIndex(range, start, digitRuns)
}

/**
 * Finds the one whitespace character the old replacement would remove.
 * Keeps leading whitespace, skips an optional operator, and checks immediately
 * after it. Returns -1 if there is nothing to remove.
 *
 * @param {string} range The text containing a candidate already found by the caller.
 * @param {number} matchStart The candidate's position, including leading whitespace.
 * @returns {number} The position of the removable whitespace, or -1 if absent.
 * @example findRemovableWhitespaceIndex(' > 1', 0) // 2; keep the space at position 0
 * @example findRemovableWhitespaceIndex('>1', 0) // -1
 */
const findRemovableWhitespaceIndex = (range, matchStart) => {
  let position = matchStart
  if (isWhitespace(range[position])) {
    position++
  }
  if (range[position] === '<' || range[position] === '>') {
    position++
  }
  if (range[position] === '=') {
    position++
  }
  return isWhitespace(range[position]) ? position : -1
}

/**
 * Joins an operator to its version, turning > 1.2.3 into >1.2.3.
 * Copies everything else according to the old regex's matching rules.
 * Moves forward through prefixes and whole versions to avoid repeatedly
 * searching the same characters on long inputs.
 *
 * @param {string} range The range text to process; the original string is unchanged.
 * @returns {string} The range with matched operator whitespace removed.
 * @example trimComparatorWhitespace('> 1.2.3 < 2') // '>1.2.3 <2'
 * @example trimComparatorWhitespace('> invalid') // '> invalid'
 */
const trimComparatorWhitespace = range => {
  let result = ''
  let copyFrom = 0
  let cursor = 0
  const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 }

  while (cursor < range.length) {
    const matchStart = cursor
    if (range[cursor] === '<' || range[cursor] === '>') {
      cursor++
    } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
      cursor++
      continue
    }

    // Consume a v/=/whitespace run once, even when no version follows it.
    while (cursor < range.length && isVersionPrefix(range[cursor])) {
      cursor++
    }
    if (!isVersionStart(range[cursor])) {
      continue
    }

    const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart)
    if (whitespacePosition !== -1) {
      result += range.slice(copyFrom, whitespacePosition)
      copyFrom = whitespacePosition + 1
    }

    // Skip the entire match, so a prerelease's trailing v cannot be
    // reconsidered as the prefix of another version.
    cursor = findVersionEndIndex(range, cursor, digitRuns)
  }

  return result + range.slice(copyFrom)
}

module.exports = trimComparatorWhitespace


/***/ }),

/***/ 276:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// Determine if version is greater than all the versions possible in the range.
const outside = __nccwpck_require__(280)
const gtr = (version, range, options) => outside(version, range, '>', options)
module.exports = gtr


/***/ }),

/***/ 465:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(782)
const intersects = (r1, r2, options) => {
  r1 = new Range(r1, options)
  r2 = new Range(r2, options)
  return r1.intersects(r2, options)
}
module.exports = intersects


/***/ }),

/***/ 213:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const outside = __nccwpck_require__(280)
// Determine if version is less than all the versions possible in the range
const ltr = (version, range, options) => outside(version, range, '<', options)
module.exports = ltr


/***/ }),

/***/ 193:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const Range = __nccwpck_require__(782)

const maxSatisfying = (versions, range, options) => {
  let max = null
  let maxSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!max || maxSV.compare(v) === -1) {
        // compare(max, v, true)
        max = v
        maxSV = new SemVer(max, options)
      }
    }
  })
  return max
}
module.exports = maxSatisfying


/***/ }),

/***/ 595:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const Range = __nccwpck_require__(782)
const minSatisfying = (versions, range, options) => {
  let min = null
  let minSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!min || minSV.compare(v) === 1) {
        // compare(min, v, true)
        min = v
        minSV = new SemVer(min, options)
      }
    }
  })
  return min
}
module.exports = minSatisfying


/***/ }),

/***/ 866:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const Range = __nccwpck_require__(782)
const gt = __nccwpck_require__(599)

const minVersion = (range, loose) => {
  range = new Range(range, loose)

  let minver = new SemVer('0.0.0')
  if (range.test(minver)) {
    return minver
  }

  minver = new SemVer('0.0.0-0')
  if (range.test(minver)) {
    return minver
  }

  minver = null
  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let setMin = null
    comparators.forEach((comparator) => {
      // Clone to avoid manipulating the comparator's semver object.
      const compver = new SemVer(comparator.semver.version)
      switch (comparator.operator) {
        case '>':
          if (compver.prerelease.length === 0) {
            compver.patch++
          } else {
            compver.prerelease.push(0)
          }
          compver.raw = compver.format()
          /* fallthrough */
        case '':
        case '>=':
          if (!setMin || gt(compver, setMin)) {
            setMin = compver
          }
          break
        case '<':
        case '<=':
          /* Ignore maximum versions */
          break
        /* istanbul ignore next */
        default:
          throw new Error(`Unexpected operation: ${comparator.operator}`)
      }
    })
    if (setMin && (!minver || gt(minver, setMin))) {
      minver = setMin
    }
  }

  if (minver && range.test(minver)) {
    return minver
  }

  return null
}
module.exports = minVersion


/***/ }),

/***/ 280:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const Comparator = __nccwpck_require__(379)
const { ANY } = Comparator
const Range = __nccwpck_require__(782)
const satisfies = __nccwpck_require__(11)
const gt = __nccwpck_require__(599)
const lt = __nccwpck_require__(491)
const lte = __nccwpck_require__(717)
const gte = __nccwpck_require__(236)

const outside = (version, range, hilo, options) => {
  version = new SemVer(version, options)
  range = new Range(range, options)

  let gtfn, ltefn, ltfn, comp, ecomp
  switch (hilo) {
    case '>':
      gtfn = gt
      ltefn = lte
      ltfn = lt
      comp = '>'
      ecomp = '>='
      break
    case '<':
      gtfn = lt
      ltefn = gte
      ltfn = gt
      comp = '<'
      ecomp = '<='
      break
    default:
      throw new TypeError('Must provide a hilo val of "<" or ">"')
  }

  // If it satisfies the range it is not outside
  if (satisfies(version, range, options)) {
    return false
  }

  // From now on, variable terms are as if we're in "gtr" mode.
  // but note that everything is flipped for the "ltr" function.

  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let high = null
    let low = null

    comparators.forEach((comparator) => {
      if (comparator.semver === ANY) {
        comparator = new Comparator('>=0.0.0')
      }
      high = high || comparator
      low = low || comparator
      if (gtfn(comparator.semver, high.semver, options)) {
        high = comparator
      } else if (ltfn(comparator.semver, low.semver, options)) {
        low = comparator
      }
    })

    // If the edge version comparator has a operator then our version
    // isn't outside it
    if (high.operator === comp || high.operator === ecomp) {
      return false
    }

    // If the lowest version comparator has an operator and our version
    // is less than it then it isn't higher than the range
    if ((!low.operator || low.operator === comp) &&
        ltefn(version, low.semver)) {
      return false
    } else if (low.operator === ecomp && ltfn(version, low.semver)) {
      return false
    }
  }
  return true
}

module.exports = outside


/***/ }),

/***/ 28:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// given a set of versions and a range, create a "simplified" range
// that includes the same versions that the original range does
// If the original range is shorter than the simplified one, return that.
const satisfies = __nccwpck_require__(11)
const compare = __nccwpck_require__(469)
module.exports = (versions, range, options) => {
  const set = []
  let first = null
  let prev = null
  const v = versions.sort((a, b) => compare(a, b, options))
  for (const version of v) {
    const included = satisfies(version, range, options)
    if (included) {
      prev = version
      if (!first) {
        first = version
      }
    } else {
      if (prev) {
        set.push([first, prev])
      }
      prev = null
      first = null
    }
  }
  if (first) {
    set.push([first, null])
  }

  const ranges = []
  for (const [min, max] of set) {
    if (min === max) {
      ranges.push(min)
    } else if (!max && min === v[0]) {
      ranges.push('*')
    } else if (!max) {
      ranges.push(`>=${min}`)
    } else if (min === v[0]) {
      ranges.push(`<=${max}`)
    } else {
      ranges.push(`${min} - ${max}`)
    }
  }
  const simplified = ranges.join(' || ')
  const original = typeof range.raw === 'string' ? range.raw : String(range)
  return simplified.length < original.length ? simplified : range
}


/***/ }),

/***/ 489:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(782)
const Comparator = __nccwpck_require__(379)
const { ANY } = Comparator
const satisfies = __nccwpck_require__(11)
const compare = __nccwpck_require__(469)

// Complex range `r1 || r2 || ...` is a subset of `R1 || R2 || ...` iff:
// - Every simple range `r1, r2, ...` is a null set, OR
// - Every simple range `r1, r2, ...` which is not a null set is a subset of
//   some `R1, R2, ...`
//
// Simple range `c1 c2 ...` is a subset of simple range `C1 C2 ...` iff:
// - If c is only the ANY comparator
//   - If C is only the ANY comparator, return true
//   - Else if in prerelease mode, return false
//   - else replace c with `[>=0.0.0]`
// - If C is only the ANY comparator
//   - if in prerelease mode, return true
//   - else replace C with `[>=0.0.0]`
// - Let EQ be the set of = comparators in c
// - If EQ is more than one, return true (null set)
// - Let GT be the highest > or >= comparator in c
// - Let LT be the lowest < or <= comparator in c
// - If GT and LT, and GT.semver > LT.semver, return true (null set)
// - If any C is a = range, and GT or LT are set, return false
// - If EQ
//   - If GT, and EQ does not satisfy GT, return true (null set)
//   - If LT, and EQ does not satisfy LT, return true (null set)
//   - If EQ satisfies every C, return true
//   - Else return false
// - If GT
//   - If GT.semver is lower than any > or >= comp in C, return false
//   - If GT is >=, and GT.semver does not satisfy every C, return false
//   - If GT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the GT.semver tuple, return false
// - If LT
//   - If LT.semver is greater than any < or <= comp in C, return false
//   - If LT is <=, and LT.semver does not satisfy every C, return false
//   - If LT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the LT.semver tuple, return false
// - Else return true

const subset = (sub, dom, options = {}) => {
  if (sub === dom) {
    return true
  }

  sub = new Range(sub, options)
  dom = new Range(dom, options)
  let sawNonNull = false

  OUTER: for (const simpleSub of sub.set) {
    for (const simpleDom of dom.set) {
      const isSub = simpleSubset(simpleSub, simpleDom, options)
      sawNonNull = sawNonNull || isSub !== null
      if (isSub) {
        continue OUTER
      }
    }
    // the null set is a subset of everything, but null simple ranges in
    // a complex range should be ignored.  so if we saw a non-null range,
    // then we know this isn't a subset, but if EVERY simple range was null,
    // then it is a subset.
    if (sawNonNull) {
      return false
    }
  }
  return true
}

const minimumVersionWithPreRelease = [new Comparator('>=0.0.0-0')]
const minimumVersion = [new Comparator('>=0.0.0')]

const simpleSubset = (sub, dom, options) => {
  if (sub === dom) {
    return true
  }

  if (sub.length === 1 && sub[0].semver === ANY) {
    if (dom.length === 1 && dom[0].semver === ANY) {
      return true
    } else if (options.includePrerelease) {
      sub = minimumVersionWithPreRelease
    } else {
      sub = minimumVersion
    }
  }

  if (dom.length === 1 && dom[0].semver === ANY) {
    if (options.includePrerelease) {
      return true
    } else {
      dom = minimumVersion
    }
  }

  const eqSet = new Set()
  let gt, lt
  for (const c of sub) {
    if (c.operator === '>' || c.operator === '>=') {
      gt = higherGT(gt, c, options)
    } else if (c.operator === '<' || c.operator === '<=') {
      lt = lowerLT(lt, c, options)
    } else {
      eqSet.add(c.semver)
    }
  }

  if (eqSet.size > 1) {
    return null
  }

  let gtltComp
  if (gt && lt) {
    gtltComp = compare(gt.semver, lt.semver, options)
    if (gtltComp > 0) {
      return null
    } else if (gtltComp === 0 && (gt.operator !== '>=' || lt.operator !== '<=')) {
      return null
    }
  }

  // will iterate one or zero times
  for (const eq of eqSet) {
    if (gt && !satisfies(eq, String(gt), options)) {
      return null
    }

    if (lt && !satisfies(eq, String(lt), options)) {
      return null
    }

    for (const c of dom) {
      if (!satisfies(eq, String(c), options)) {
        return false
      }
    }

    return true
  }

  let higher, lower
  let hasDomLT, hasDomGT
  // if the subset has a prerelease, we need a comparator in the superset
  // with the same tuple and a prerelease, or it's not a subset
  let needDomLTPre = lt &&
    !options.includePrerelease &&
    lt.semver.prerelease.length ? lt.semver : false
  let needDomGTPre = gt &&
    !options.includePrerelease &&
    gt.semver.prerelease.length ? gt.semver : false
  // exception: <1.2.3-0 is the same as <1.2.3
  if (needDomLTPre && needDomLTPre.prerelease.length === 1 &&
      lt.operator === '<' && needDomLTPre.prerelease[0] === 0) {
    needDomLTPre = false
  }

  for (const c of dom) {
    hasDomGT = hasDomGT || c.operator === '>' || c.operator === '>='
    hasDomLT = hasDomLT || c.operator === '<' || c.operator === '<='
    if (gt) {
      if (needDomGTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomGTPre.major &&
            c.semver.minor === needDomGTPre.minor &&
            c.semver.patch === needDomGTPre.patch) {
          needDomGTPre = false
        }
      }
      if (c.operator === '>' || c.operator === '>=') {
        higher = higherGT(gt, c, options)
        if (higher === c && higher !== gt) {
          return false
        }
      } else if (gt.operator === '>=' && !c.test(gt.semver)) {
        return false
      }
    }
    if (lt) {
      if (needDomLTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomLTPre.major &&
            c.semver.minor === needDomLTPre.minor &&
            c.semver.patch === needDomLTPre.patch) {
          needDomLTPre = false
        }
      }
      if (c.operator === '<' || c.operator === '<=') {
        lower = lowerLT(lt, c, options)
        if (lower === c && lower !== lt) {
          return false
        }
      } else if (lt.operator === '<=' && !c.test(lt.semver)) {
        return false
      }
    }
    if (!c.operator && (lt || gt) && gtltComp !== 0) {
      return false
    }
  }

  // if there was a < or >, and nothing in the dom, then must be false
  // UNLESS it was limited by another range in the other direction.
  // Eg, >1.0.0 <1.0.1 is still a subset of <2.0.0
  if (gt && hasDomLT && !lt && gtltComp !== 0) {
    return false
  }

  if (lt && hasDomGT && !gt && gtltComp !== 0) {
    return false
  }

  // we needed a prerelease range in a specific tuple, but didn't get one
  // then this isn't a subset.  eg >=1.2.3-pre is not a subset of >=1.0.0,
  // because it includes prereleases in the 1.2.3 tuple
  if (needDomGTPre || needDomLTPre) {
    return false
  }

  return true
}

// >=1.2.3 is lower than >1.2.3
const higherGT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp > 0 ? a
    : comp < 0 ? b
    : b.operator === '>' && a.operator === '>=' ? b
    : a
}

// <=1.2.3 is higher than <1.2.3
const lowerLT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp < 0 ? a
    : comp > 0 ? b
    : b.operator === '<' && a.operator === '<=' ? b
    : a
}

module.exports = subset


/***/ }),

/***/ 750:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(782)

// Mostly just for testing and legacy API reasons
const toComparators = (range, options) =>
  new Range(range, options).set
    .map(comp => comp.map(c => c.value).join(' ').trim().split(' '))

module.exports = toComparators


/***/ }),

/***/ 118:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(782)
const validRange = (range, options) => {
  try {
    // Return '*' instead of '' so that truthiness works.
    // This will throw if it's invalid anyway
    return new Range(range, options).range || '*'
  } catch (er) {
    return null
  }
}
module.exports = validRange


/***/ }),

/***/ 75:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: ./.build/errors.js
class WardenError extends Error {
    kind;
    subject;
    constructor(kind, message, options) {
        super(message, options);
        this.kind = kind;
        this.subject = options?.subject;
        this.name = new.target.name;
    }
}
/** A bad input: names the input, shows the accepted forms. Nothing runs after one. */
class ConfigError extends WardenError {
    input;
    constructor(input, problem, accepted, options) {
        super('config', `Input '${input}': ${problem}${accepted ? `\n  Accepted: ${accepted}` : ''}`, options);
        this.input = input;
    }
}
/** The project itself is not usable as it is (no go.mod, go.sum missing entries, …). */
class ProjectError extends WardenError {
    constructor(message, options) {
        super('config', message, options);
    }
}
/** The `go` tool, a proxy, the checksum database or the cache service failed us. */
class InfrastructureError extends WardenError {
    constructor(message, options) {
        super('infrastructure', message, options);
    }
}
/** Tampering: a checksum mismatch, a bad signature, a forked tree. Never softened by warn-only. */
class SecurityError extends WardenError {
    constructor(message, options) {
        super('security', message, options);
    }
}
/** One line for the user: the message, and the causes' messages, never a stack trace. */
function describeError(error) {
    if (!(error instanceof Error))
        return String(error);
    const parts = [error.message];
    let cause = error.cause;
    for (let depth = 0; cause instanceof Error && depth < 3; depth++) {
        if (!parts.some((p) => p.includes(cause instanceof Error ? cause.message : '')))
            parts.push(cause.message);
        cause = cause.cause;
    }
    return parts.join(': ');
}

;// CONCATENATED MODULE: ./.build/logger.js
/** A logger that keeps every line, for tests and for the CLI's --json mode. */
class MemoryLogger {
    lines = [];
    debug(message) {
        this.lines.push(`debug: ${message}`);
    }
    info(message) {
        this.lines.push(message);
    }
    warn(message) {
        this.lines.push(`warning: ${message}`);
    }
    error(message) {
        this.lines.push(`error: ${message}`);
    }
    async group(title, fn) {
        this.lines.push(`## ${title}`);
        return fn();
    }
}
/** Writes to a stream (stderr for the CLI, so stdout stays clean for --json). */
class StreamLogger {
    write;
    verbose;
    constructor(write, verbose = false) {
        this.write = write;
        this.verbose = verbose;
    }
    debug(message) {
        if (this.verbose)
            this.write(`  ${message}`);
    }
    info(message) {
        this.write(message);
    }
    warn(message) {
        this.write(`warning: ${message}`);
    }
    error(message) {
        this.write(`error: ${message}`);
    }
    async group(title, fn) {
        this.write(`▸ ${title}`);
        return fn();
    }
}

;// CONCATENATED MODULE: ./.build/report/outcome.js
/** Failing facts first: security, then policy, then infrastructure, then config; warnings last. */
function sortFindings(findings) {
    const rank = (f) => (outcome_isWarning(f) ? 10 : 0) + { security: 0, policy: 1, infrastructure: 2, config: 3 }[f.kind];
    return [...findings].sort((a, b) => rank(a) - rank(b));
}
function outcome_isWarning(finding) {
    return finding.severity === 'warning' && finding.kind !== 'security';
}
/**
 * The one place where findings become pass, warn or fail. warn-only softens policy findings
 * (licenses) only: a checksum mismatch fails whatever the settings (the product's promise), and
 * so do broken inputs and infrastructure we could not get past.
 */
function decideStatus(findings, warnOnly) {
    const errors = findings.filter((f) => !outcome_isWarning(f));
    if (errors.some((f) => f.kind !== 'policy'))
        return 'failed';
    if (errors.length > 0)
        return warnOnly ? 'warned' : 'failed';
    return findings.length > 0 ? 'warned' : 'passed';
}
/**
 * The CLI's exit code: 0 passed or warned, 1 policy or checksum failure, 2 usage or config
 * error, 3 infrastructure failure. A broken input outranks everything (nothing ran), and a
 * checksum failure outranks an infrastructure one (it is the reason to stop).
 */
function exitCodeFor(status, findings) {
    if (status !== 'failed')
        return 0;
    const errors = findings.filter((f) => !outcome_isWarning(f));
    if (errors.some((f) => f.kind === 'config'))
        return 2;
    if (errors.some((f) => f.kind === 'security'))
        return 1;
    if (errors.some((f) => f.kind === 'infrastructure'))
        return 3;
    return 1;
}

;// CONCATENATED MODULE: ./.build/config/duration.js

const UNIT_MS = {
    ns: 1e-6,
    us: 1e-3,
    µs: 1e-3,
    ms: 1,
    s: 1000,
    m: 60_000,
    h: 3_600_000,
};
const DURATION_FORMS = "`2300ms`, `2.3s`, `10m`, `1m30s` (units ns, us, ms, s, m, h, as Go's time.ParseDuration)";
/** Parses a duration in Go's time.ParseDuration syntax into milliseconds. */
function parseDuration(input, value, { allowZero = false } = {}) {
    const text = value.trim();
    if (/^\d+(\.\d+)?$/.test(text) && text !== '0') {
        throw new ConfigError(input, `'${value}' has no unit; did you mean '${text}ms' or '${text}s'?`, DURATION_FORMS);
    }
    const part = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/y;
    let total = 0;
    let at = 0;
    if (text === '0')
        return checkRange(input, value, 0, allowZero);
    while (at < text.length) {
        part.lastIndex = at;
        const match = part.exec(text);
        if (!match)
            throw new ConfigError(input, `'${value}' is not a duration`, DURATION_FORMS);
        total += Number(match[1]) * UNIT_MS[match[2]];
        at = part.lastIndex;
    }
    if (text.length === 0)
        throw new ConfigError(input, 'is empty', DURATION_FORMS);
    return checkRange(input, value, total, allowZero);
}
function checkRange(input, value, ms, allowZero) {
    if (ms === 0 && !allowZero)
        throw new ConfigError(input, `'${value}' must be longer than zero`, DURATION_FORMS);
    if (ms > 24 * 3_600_000)
        throw new ConfigError(input, `'${value}' is longer than 24h`, DURATION_FORMS);
    return Math.round(ms);
}
/** Formats milliseconds the way users write them back: 2300ms, 2.3s, 10m. */
function duration_formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    if (ms < 60_000)
        return `${+(ms / 1000).toFixed(2)}s`;
    if (ms < 3_600_000)
        return `${+(ms / 60_000).toFixed(2)}m`;
    return `${+(ms / 3_600_000).toFixed(2)}h`;
}

;// CONCATENATED MODULE: ./.build/report/finding-text.js

/** How a finding reads: its label, the module it is about, and its message without repeating it. */
function finding_text_findingParts(f) {
    const subject = f.module ? `${f.module}${f.version ? `@${f.version}` : ''}` : undefined;
    const message = subject && f.message.startsWith(`${subject}: `) ? f.message.slice(subject.length + 2) : f.message;
    const label = outcome_isWarning(f) ? 'warning' : f.kind === 'security' ? 'SECURITY' : f.kind;
    return { label, subject, message };
}

;// CONCATENATED MODULE: ./.build/report/summary.js




/** GitHub refuses a step summary over 1 MiB; we stay well under it. */
const SUMMARY_LIMIT_BYTES = (/* unused pure expression or super */ null && (1024 * 1024 - 64 * 1024));
const ICON = { passed: '✅', warned: '⚠️', failed: '❌' };
/**
 * Renders the job summary. The first line says pass or fail and why in one breath; failing facts
 * come next; then counts; then each area's section; the module table is last, collapsed.
 */
function renderSummary(report, sections = []) {
    const parts = [statusLine(report), findingsBlock(report.findings), countsTable(report)];
    for (const render of sections) {
        const text = render(report, esc);
        if (text)
            parts.push(text.trim());
    }
    const head = parts.join('\n\n');
    const footer = `\n\n<sub>go-module-warden ${esc(report.tool.version)} · ${formatDuration(report.durationMs)} · JSON report: see the \`report-file\` output</sub>\n`;
    return (head +
        '\n\n' +
        moduleTable(report.modules, SUMMARY_LIMIT_BYTES - Buffer.byteLength(head + footer)) +
        footer);
}
function statusLine(report) {
    const errors = report.findings.filter((f) => !isWarning(f)).length;
    const warnings = report.findings.length - errors;
    const word = { passed: 'passed', warned: 'passed with warnings', failed: 'failed' }[report.status];
    const facts = [`${report.modules.length} modules`];
    if (errors > 0)
        facts.push(`${errors} ${errors === 1 ? 'problem' : 'problems'}`);
    if (warnings > 0)
        facts.push(`${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`);
    if (report.status === 'warned' && report.warnOnly && errors > 0)
        facts.push('warn-only');
    return `## ${ICON[report.status]} Go Module Warden ${word}: ${facts.join(', ')}`;
}
function findingsBlock(findings) {
    if (findings.length === 0)
        return 'No problems found.';
    const line = (f) => {
        const { label, subject, message } = findingParts(f);
        return `- **${label}** (${f.area}) ${subject ? `<code>${esc(subject)}</code>: ` : ''}${esc(message)}`;
    };
    const shown = findings.slice(0, 200).map(line);
    if (findings.length > 200)
        shown.push(`- … and ${findings.length - 200} more in the JSON report`);
    return shown.join('\n');
}
function countsTable(report) {
    const count = (predicate) => report.modules.filter(predicate).length;
    const rows = [
        ['Modules in the build list', String(report.modules.length)],
        ['Main modules', String(count((m) => m.main))],
        [
            'Direct / indirect requirements',
            `${count((m) => !m.main && !m.indirect)} / ${count((m) => m.indirect)}`,
        ],
        [
            'Replaced (module / local path)',
            `${count((m) => m.replace?.kind === 'module')} / ${count((m) => m.replace?.kind === 'local')}`,
        ],
        ['Downloaded', String(report.download.downloaded)],
        ['Failed to download', String(report.download.failed.length)],
        ['Go', esc(report.project.goVersion)],
        ['GOPROXY', `<code>${esc(report.settings.proxy)}</code>`],
    ];
    return ['| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
}
function routeText(route) {
    if (!route)
        return '';
    return route.kind === 'proxy' ? route.host : route.kind;
}
function moduleTable(modules, budgetBytes) {
    const header = [
        `<details><summary>All ${modules.length} modules</summary>`,
        '',
        '| Module | Version | Kind | Replace | Route | License | Checksum |',
        '|---|---|---|---|---|---|---|',
    ];
    const rows = [];
    let used = Buffer.byteLength(header.join('\n')) + 200;
    for (const m of modules) {
        const kind = m.main ? 'main' : m.indirect ? 'indirect' : 'direct';
        const replace = m.replace?.kind === 'module'
            ? `${esc(m.replace.path)}@${esc(m.replace.version)}`
            : m.replace?.kind === 'local'
                ? `local: ${esc(m.replace.dir)}`
                : '';
        const license = m.license ? `${esc(m.license.expression)} (${m.license.verdict})` : '';
        const row = `| ${esc(m.path)} | ${esc(m.version)} | ${kind} | ${replace} | ${esc(routeText(m.route))} | ${license} | ${m.checksum ?? ''} |`;
        used += Buffer.byteLength(row) + 1;
        if (used > budgetBytes) {
            rows.push(`| … ${modules.length - rows.length} more modules: see the JSON report | | | | | | |`);
            break;
        }
        rows.push(row);
    }
    return [...header, ...rows, '', '</details>'].join('\n');
}

;// CONCATENATED MODULE: ./.build/report/terminal.js



/** Plain text for the CLI: status first, then problems, then the modules. No colour codes, no markup. */
function renderTerminal(report) {
    const lines = [];
    const word = { passed: 'PASSED', warned: 'PASSED WITH WARNINGS', failed: 'FAILED' }[report.status];
    lines.push(`go-module-warden: ${word} (${report.modules.length} modules, ${duration_formatDuration(report.durationMs)})`);
    for (const f of report.findings) {
        const { label, subject, message } = finding_text_findingParts(f);
        lines.push(`  ${label} [${f.area}] ${subject ? `${subject}: ` : ''}${message.replace(/\n/g, '\n    ')}`);
    }
    lines.push('');
    const width = Math.min(60, Math.max(6, ...report.modules.map((m) => m.path.length)));
    for (const m of report.modules) {
        const kind = m.main ? 'main' : m.indirect ? 'indirect' : 'direct';
        const extra = [
            m.replace?.kind === 'module' ? `=> ${m.replace.path}@${m.replace.version}` : '',
            m.replace?.kind === 'local' ? `=> ${m.replace.dir}` : '',
            m.route ? `via ${routeText(m.route)}` : '',
            m.license ? `license ${m.license.expression} (${m.license.verdict})` : '',
            m.checksum ? `checksum ${m.checksum}` : '',
        ].filter((s) => s !== '');
        lines.push(`  ${m.path.padEnd(width)} ${(m.version || '-').padEnd(12)} ${kind.padEnd(8)} ${extra.join('  ')}`.trimEnd());
    }
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./.build/goproxy/proxy-list.js

const ACCEPTED = 'a list of proxy URLs separated by `,` (next only on 404/410) or `|` (next on any error), ending optionally in `direct` or `off`, e.g. `https://goproxy.corp.example,https://proxy.golang.org,direct`';
/**
 * Parses a GOPROXY value. Mirrors cmd/go/internal/modfetch/proxy.go proxyList(): entries trimmed,
 * empty ones skipped, `direct` and `off` end the list, implicit https:// for host-like entries,
 * only http, https and file URLs, and an error when a non-empty value holds no entry.
 */
function parseProxyList(input, value) {
    const list = [];
    let rest = value;
    while (rest !== '') {
        let entry;
        let fallBackOnError = false;
        const separator = rest.search(/[,|]/);
        if (separator >= 0) {
            entry = rest.slice(0, separator);
            fallBackOnError = rest[separator] === '|';
            rest = rest.slice(separator + 1);
        }
        else {
            entry = rest;
            rest = '';
        }
        entry = entry.trim();
        if (entry === '')
            continue;
        if (entry === 'off') {
            list.push({ kind: 'off' });
            break;
        }
        if (entry === 'direct') {
            list.push({ kind: 'direct' });
            break;
        }
        // Single words are reserved; anything with ".:/" that is not already a URL or a path gets https://.
        if (/[.:/]/.test(entry) && !entry.includes(':/') && !entry.startsWith('/'))
            entry = `https://${entry}`;
        list.push({ kind: 'url', url: checkProxyUrl(input, entry), fallBackOnError });
    }
    if (list.length === 0) {
        throw new ConfigError(input, `GOPROXY list '${value}' is not the empty string, but contains no entries`, ACCEPTED);
    }
    return list;
}
/** Mirrors newProxyRepo's checks: a scheme is required and must be http, https or file. */
function checkProxyUrl(input, entry) {
    let url;
    try {
        url = new URL(entry);
    }
    catch {
        throw new ConfigError(input, `invalid proxy URL missing scheme: ${redactUrl(entry)}`, ACCEPTED);
    }
    if (!['http:', 'https:', 'file:'].includes(url.protocol)) {
        throw new ConfigError(input, `invalid proxy URL scheme (must be https, http, file): ${redactUrl(entry)}`, ACCEPTED);
    }
    if (url.search || url.hash) {
        throw new ConfigError(input, `proxy URL ${redactUrl(entry)} has a query or fragment, which GOPROXY does not allow`, ACCEPTED);
    }
    return entry.replace(/\/+$/, '');
}
/** Hides the userinfo of a URL, for messages. */
function redactUrl(text) {
    return text.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/]*@/i, '$1***@');
}
/** Formats a list back into GOPROXY syntax (credentials kept: for the child process only). */
function formatProxyList(list) {
    return list
        .map((spec, index) => {
        const text = spec.kind === 'url' ? spec.url : spec.kind;
        const last = index === list.length - 1;
        return last ? text : text + (spec.kind === 'url' && spec.fallBackOnError ? '|' : ',');
    })
        .join('');
}

;// CONCATENATED MODULE: ./.build/goproxy/prefix-patterns.js

/**
 * GOPRIVATE-style globs. Mirrors golang.org/x/mod/module MatchPrefixPatterns: each glob is matched
 * with path.Match against as many leading path elements of the target as the glob has.
 */
function matchPrefixPatterns(globs, target) {
    for (const raw of globs) {
        const glob = raw.replace(/\/$/, '');
        if (glob === '')
            continue;
        let n = glob.split('/').length - 1;
        let prefix = target;
        for (let i = 0; i < target.length; i++) {
            if (target[i] === '/') {
                if (n === 0) {
                    prefix = target.slice(0, i);
                    break;
                }
                n--;
            }
        }
        if (n > 0)
            continue;
        if (pathMatch(glob, prefix))
            return true;
    }
    return false;
}
/** Splits a GOPRIVATE value and checks every glob is a valid path.Match pattern. */
function parsePrefixPatterns(input, value) {
    const globs = value
        .split(/[,\n]/)
        .map((g) => g.trim())
        .filter((g) => g !== '');
    for (const glob of globs) {
        try {
            compilePattern(glob);
        }
        catch (error) {
            throw new ConfigError(input, `'${glob}' is not a valid pattern (${error.message})`, 'comma-separated module path globs as in GOPRIVATE, e.g. `*.corp.example,github.com/our-org/*`');
        }
    }
    return globs;
}
/** Go's path.Match: `*` and `?` never match `/`; `[...]` classes with ranges and `^`; `\` escapes. */
function pathMatch(pattern, name) {
    return compilePattern(pattern).test(name);
}
const compiled = new Map();
function compilePattern(pattern) {
    const cached = compiled.get(pattern);
    if (cached)
        return cached;
    let source = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*')
            source += '[^/]*';
        else if (c === '?')
            source += '[^/]';
        else if (c === '\\') {
            if (i + 1 >= pattern.length)
                throw new Error('trailing backslash');
            source += escapeRegex(pattern[++i]);
        }
        else if (c === '[') {
            const end = classEnd(pattern, i);
            let body = pattern.slice(i + 1, end);
            const negated = body.startsWith('^');
            if (negated)
                body = body.slice(1);
            if (body === '')
                throw new Error('empty character class');
            source += `(?!/)[${negated ? '^' : ''}${classBody(body)}]`;
            i = end;
        }
        else if (c === ']')
            throw new Error("unmatched ']'");
        else
            source += escapeRegex(c);
    }
    const regex = new RegExp(`^${source}$`);
    compiled.set(pattern, regex);
    return regex;
}
function classEnd(pattern, start) {
    for (let j = start + 1; j < pattern.length; j++) {
        if (pattern[j] === '\\')
            j++;
        else if (pattern[j] === ']')
            return j;
    }
    throw new Error("unclosed '['");
}
function classBody(body) {
    let out = '';
    for (let i = 0; i < body.length; i++) {
        let c = body[i];
        if (c === '\\')
            c = body[++i] ?? '';
        if (body[i + 1] === '-' && i + 2 < body.length) {
            let hi = body[i + 2];
            let skip = 2;
            if (hi === '\\') {
                hi = body[i + 3] ?? '';
                skip = 3;
            }
            if (hi < c)
                throw new Error(`bad range ${c}-${hi}`);
            out += `${escapeClass(c)}-${escapeClass(hi)}`;
            i += skip;
        }
        else
            out += escapeClass(c);
    }
    return out;
}
function escapeRegex(c) {
    return c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
function escapeClass(c) {
    return c.replace(/[\]\\^-]/g, '\\$&');
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./.build/sumdb/sumdb-setting.js


const SUM_GOLANG_ORG_KEY = 'sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8';
const sumdb_setting_ACCEPTED = '`sum.golang.org`, `name+hash+key`, `name+hash+key https://url`, or `off` (as GOSUMDB; e.g. `sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8`)';
/** Mirrors golang.org/x/mod/sumdb/note NewVerifier for Ed25519 keys. */
function parseVerifierKey(text) {
    // The base64 key may itself contain '+': split at the first two only, as note's chop() does.
    const first = text.indexOf('+');
    const second = first < 0 ? -1 : text.indexOf('+', first + 1);
    if (second < 0)
        throw new Error('malformed verifier id');
    const [name, hashHex, keyB64] = [
        text.slice(0, first),
        text.slice(first + 1, second),
        text.slice(second + 1),
    ];
    if (name === '' || keyB64 === '')
        throw new Error('malformed verifier id');
    if (!/^[0-9a-f]{8}$/.test(hashHex))
        throw new Error('malformed verifier id: the key hash must be 8 hex digits');
    if (/[\s+]/.test(name))
        throw new Error('malformed verifier id: bad name');
    const key = Buffer.from(keyB64, 'base64');
    if (key.toString('base64') !== keyB64 || key.length === 0)
        throw new Error('malformed verifier id: bad base64 key');
    if (key[0] !== 1 || key.length !== 33)
        throw new Error('unknown verifier algorithm (only Ed25519 keys, algorithm 1)');
    const hash = keyHash(name, key);
    if (hash !== parseInt(hashHex, 16))
        throw new Error('invalid verifier id: the key hash does not match the key');
    return { name, hash, publicKey: key.subarray(1), text };
}
/** First 4 bytes of SHA-256(name + "\n" + key), as note.keyHash computes it. */
function keyHash(name, key) {
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(`${name}\n`).update(key).digest().readUInt32BE(0);
}
/** Parses a GOSUMDB value. Mirrors cmd/go/internal/modfetch/sumdb.go dbDial. */
function parseSumdbSetting(input, value) {
    let text = value.trim();
    if (text === 'off')
        return { off: true };
    // sum.golang.google.cn is a mirror of sum.golang.org: same name and key, another URL.
    if (text === 'sum.golang.google.cn')
        text = 'sum.golang.org https://sum.golang.google.cn';
    const fields = text.split(/\s+/).filter((f) => f !== '');
    if (fields.length === 0)
        throw new ConfigError(input, 'is empty', sumdb_setting_ACCEPTED);
    if (fields.length > 2)
        throw new ConfigError(input, `'${value}' has too many fields`, sumdb_setting_ACCEPTED);
    if (fields[0] === 'sum.golang.org')
        fields[0] = SUM_GOLANG_ORG_KEY;
    let key;
    try {
        key = parseVerifierKey(fields[0]);
    }
    catch (error) {
        const hint = fields[0].includes('+')
            ? ''
            : ' (a name alone is known only for sum.golang.org; give name+hash+key)';
        throw new ConfigError(input, `'${fields[0]}': ${error.message}${hint}`, sumdb_setting_ACCEPTED);
    }
    let url;
    if (fields.length === 2) {
        try {
            const parsed = new URL(fields[1]);
            if (!['http:', 'https:'].includes(parsed.protocol))
                throw new Error('scheme');
        }
        catch {
            throw new ConfigError(input, `'${fields[1]}' is not an http(s) URL`, sumdb_setting_ACCEPTED);
        }
        url = fields[1].replace(/\/+$/, '');
    }
    return { off: false, key, url };
}

;// CONCATENATED MODULE: ./.build/config/inputs.js
const INPUTS = [
    { name: 'working-directory', default: '.', description: 'Folder with go.mod (or go.work).' },
    {
        name: 'proxy',
        default: '',
        computedDefault: "the job's `go env GOPROXY`",
        description: 'The GOPROXY list to relay through. `,` moves on only after 404/410, `|` after any error; `direct` and `off` end the list.',
    },
    {
        name: 'private',
        default: '',
        computedDefault: "the job's `go env GOPRIVATE`",
        description: 'Comma-separated module path globs never sent to a proxy or to the checksum database.',
    },
    {
        name: 'latency-budget',
        default: '2300ms',
        description: 'Per-request budget (time to response headers) for each upstream proxy, e.g. 2300ms, 2.3s.',
    },
    {
        name: 'stall-timeout',
        default: '30s',
        description: 'A response body that sends no bytes for this long is aborted and counted against its upstream.',
    },
    {
        name: 'fallback',
        default: 'next-proxy, cache, direct',
        description: 'Which fallbacks are allowed when a proxy breaches its budget: any of next-proxy, cache, direct, or none.',
    },
    { name: 'timeout', default: '10m', description: 'Overall deadline for priming the module cache.' },
    {
        name: 'sumdb',
        default: '',
        computedDefault: "the job's `go env GOSUMDB`",
        description: 'Checksum database: `name`, `name+hash+key`, `name+hash+key url`, or `off`.',
    },
    {
        name: 'sumdb-unavailable',
        default: 'fail',
        description: '`fail` or `warn` when the checksum database cannot be reached. A mismatch always fails.',
    },
    {
        name: 'license-allow',
        default: '',
        description: 'SPDX license ids allowed (comma or newline separated). Empty: licenses are reported, not gated.',
    },
    { name: 'license-deny', default: '', description: 'SPDX license ids denied (comma or newline separated).' },
    {
        name: 'license-exceptions',
        default: '',
        description: 'One per line: `<module-glob>[@<semver-range>] <SPDX-expression | ignore>`, e.g. `github.com/x/y@>=1.2.0 Apache-2.0`.',
    },
    {
        name: 'license-confidence',
        default: '0.9',
        description: 'Minimum confidence (0 to 1) for a license text to count as identified.',
    },
    {
        name: 'license-scope',
        default: 'build-list',
        description: '`build-list` (every module of `go list -m all`) or `imports` (modules providing packages to `./...`).',
    },
    {
        name: 'unknown-license',
        default: 'fail',
        description: '`fail` or `warn` for modules whose license cannot be identified.',
    },
    { name: 'cache', default: 'true', description: 'Restore the verified module cache.' },
    {
        name: 'cache-save',
        default: 'auto',
        description: '`auto` (save on a miss, never from a fork pull request or pull_request_target), `true` or `false`.',
    },
    {
        name: 'cache-backend',
        default: 'auto',
        description: '`actions` (GitHub cache service), `local` (a directory), or `auto` (actions on GitHub, else local).',
    },
    {
        name: 'cache-dir',
        default: '',
        computedDefault: '`~/.cache/go-module-warden`',
        description: 'Directory of the local cache backend.',
    },
    { name: 'cache-key-prefix', default: 'go-module-warden', description: 'Prefix of the cache key.' },
    {
        name: 'warn-only',
        default: 'false',
        description: 'Report violations without failing. Checksum mismatches still fail.',
    },
    {
        name: 'report-file',
        default: '',
        computedDefault: '`$RUNNER_TEMP/go-module-warden/report.json`',
        description: 'Where the machine-readable JSON report is written.',
    },
];
const OUTPUTS = [
    { name: 'result', description: '`passed`, `warned` or `failed`.' },
    { name: 'cache-hit', description: '`exact`, `partial` or `miss`.' },
    { name: 'modules', description: 'Number of modules in the build list.' },
    { name: 'route', description: 'How modules arrived: one upstream host, `direct`, `cache`, or `mixed`.' },
    {
        name: 'fallbacks',
        description: 'Number of fallback decisions taken (hedges won, breakers opened, direct fetches).',
    },
    {
        name: 'proxy-p95-ms',
        description: 'p95 time to response headers over all upstream requests, in milliseconds.',
    },
    { name: 'license-violations', description: 'Number of modules whose license is not allowed.' },
    { name: 'unknown-licenses', description: 'Number of modules whose license could not be identified.' },
    { name: 'checksum-failures', description: 'Number of checksum mismatches or missing go.sum lines.' },
    { name: 'report-file', description: 'Path of the JSON report.' },
];

;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __nccwpck_require__(88);
;// CONCATENATED MODULE: ./.build/config/scalars.js

/** Splits a list input on commas and newlines; entries trimmed, empty ones and `#` comments dropped. */
function parseList(value) {
    return value
        .split(/[,\n]/)
        .map((entry) => entry.trim())
        .filter((entry) => entry !== '' && !entry.startsWith('#'));
}
/** Splits a multi-line input into trimmed lines with their 1-based line numbers; blanks and `#` comments dropped. */
function parseLines(value) {
    return value
        .split('\n')
        .map((text, index) => ({ line: index + 1, text: text.trim() }))
        .filter(({ text }) => text !== '' && !text.startsWith('#'));
}
/** The YAML 1.2 core booleans, exactly as @actions/core getBooleanInput accepts them. */
function parseBoolean(input, value) {
    const text = value.trim();
    if (['true', 'True', 'TRUE'].includes(text))
        return true;
    if (['false', 'False', 'FALSE'].includes(text))
        return false;
    throw new ConfigError(input, `'${value}' is not a boolean`, '`true` or `false`');
}
function parseEnum(input, value, allowed) {
    const text = value.trim().toLowerCase();
    const found = allowed.find((option) => option === text);
    if (found === undefined) {
        throw new ConfigError(input, `'${value}' is not one of the accepted values`, allowed.map((a) => `\`${a}\``).join(', '));
    }
    return found;
}
function parseFraction(input, value) {
    const text = value.trim();
    const number = /^(0(\.\d+)?|1(\.0+)?|\.\d+)$/.test(text) ? Number(text) : NaN;
    if (Number.isNaN(number))
        throw new ConfigError(input, `'${value}' is not a number between 0 and 1`, 'e.g. `0.9`');
    return number;
}

;// CONCATENATED MODULE: ./.build/config/license-exceptions.js





const license_exceptions_require = (0,external_node_module_namespaceObject.createRequire)(import.meta.url);
const parseSpdx = license_exceptions_require('spdx-expression-parse');
const spdxCorrect = license_exceptions_require('spdx-correct');
const license_exceptions_ACCEPTED = 'one per line: `<module-glob>[@<semver-range>] <SPDX-expression | ignore>`, e.g. `github.com/acme/*@>=1.2.0 <2 Apache-2.0` or `example.com/tool ignore`';
function parseLicenseExceptions(input, value) {
    return parseLines(value).map(({ line, text }) => parseException(input, line, text));
}
function parseException(input, line, text) {
    const where = `line ${line} '${text}'`;
    // The range may hold spaces (`>=1.2.0 <2`): take the last field(s) that parse as a license.
    const [target, license] = splitTargetAndLicense(text) ?? [];
    if (target === undefined || license === undefined) {
        throw new ConfigError(input, `${where} has no license after the module`, license_exceptions_ACCEPTED);
    }
    const at = target.indexOf('@');
    const module = at >= 0 ? target.slice(0, at) : target;
    const versions = at >= 0 ? target.slice(at + 1).trim() : undefined;
    try {
        pathMatch(module, '');
    }
    catch (error) {
        throw new ConfigError(input, `${where}: '${module}' is not a valid glob (${error.message})`, license_exceptions_ACCEPTED);
    }
    if (versions !== undefined && semver.validRange(versions) === null) {
        throw new ConfigError(input, `${where}: '${versions}' is not a semver range`, license_exceptions_ACCEPTED);
    }
    return { module, versions, license: normalizeExpression(input, where, license), text, line };
}
/** Splits `mod[@range] expression`, where the range may contain spaces but the module cannot. */
function splitTargetAndLicense(text) {
    const fields = text.split(/\s+/);
    if (fields.length < 2)
        return undefined;
    if (!fields[0].includes('@'))
        return [fields[0], fields.slice(1).join(' ')];
    // Grow the range field by field until the rest parses as a license expression.
    for (let split = 1; split < fields.length; split++) {
        const range = fields.slice(0, split).join(' ');
        const rest = fields.slice(split).join(' ');
        const rangePart = range.slice(range.indexOf('@') + 1);
        if (semver.validRange(rangePart) !== null &&
            (rest === 'ignore' || tryParse(rest) || split === fields.length - 1)) {
            return [range, rest];
        }
    }
    return [fields[0], fields.slice(1).join(' ')];
}
function tryParse(expression) {
    try {
        parseSpdx(expression);
        return true;
    }
    catch {
        return false;
    }
}
function normalizeExpression(input, where, expression) {
    if (expression === 'ignore')
        return 'ignore';
    if (tryParse(expression))
        return expression;
    // Correct each id in case, and suggest one for unknown ids.
    const corrected = expression.replace(/[A-Za-z0-9.+-]+/g, (token) => {
        if (/^(AND|OR|WITH)$/i.test(token))
            return token.toUpperCase();
        return spdxCorrect(token, { upgrade: true }) ?? token;
    });
    if (corrected !== expression && tryParse(corrected)) {
        throw new ConfigError(input, `${where}: '${expression}' is not a valid SPDX expression; did you mean '${corrected}'?`, license_exceptions_ACCEPTED);
    }
    throw new ConfigError(input, `${where}: '${expression}' is not a valid SPDX expression or 'ignore'`, license_exceptions_ACCEPTED);
}

;// CONCATENATED MODULE: ./.build/config/spdx-ids.js


// The SPDX data packages are CommonJS JSON; createRequire lets ncc bundle them.
const spdx_ids_require = (0,external_node_module_namespaceObject.createRequire)(import.meta.url);
const spdx_ids_spdxCorrect = spdx_ids_require('spdx-correct');
const LICENSE_IDS = spdx_ids_require('spdx-license-ids');
const DEPRECATED_IDS = spdx_ids_require('spdx-license-ids/deprecated.json');
const canonical = new Map([...LICENSE_IDS].map((id) => [id.toLowerCase(), id]));
const deprecated = new Set(DEPRECATED_IDS.map((id) => id.toLowerCase()));
/** True for an id of the SPDX list (current, exact case) or a LicenseRef-. */
function isKnownSpdxId(id) {
    return canonical.get(id.toLowerCase()) === id || /^LicenseRef-[A-Za-z0-9.-]+$/.test(id);
}
/**
 * Normalizes one SPDX id from user input: exact ids in any case are accepted, deprecated ones
 * (GPL-2.0, GPL-2.0+) upgraded as spdx-correct does; anything else is an error with a suggestion.
 */
function normalizeSpdxId(input, value) {
    const text = value.trim();
    if (/\s(AND|OR|WITH)\s/i.test(text) || /[()]/.test(text)) {
        throw new ConfigError(input, `'${text}' is an SPDX expression; list single license ids here (an allow list of MIT and Apache-2.0 already allows 'MIT OR Apache-2.0')`, 'SPDX license ids separated by commas or newlines, e.g. `MIT, Apache-2.0, BSD-3-Clause`');
    }
    if (/^LicenseRef-[A-Za-z0-9.-]+$/.test(text))
        return text;
    const exact = canonical.get(text.toLowerCase());
    if (exact !== undefined)
        return exact;
    if (deprecated.has(text.toLowerCase()) || /\+$/.test(text)) {
        const upgraded = spdx_ids_spdxCorrect(text, { upgrade: true });
        if (upgraded && canonical.has(upgraded.toLowerCase()))
            return upgraded;
    }
    const suggestion = spdx_ids_spdxCorrect(text, { upgrade: true });
    throw new ConfigError(input, `'${text}' is not an SPDX license id${suggestion ? `; did you mean '${suggestion}'?` : ''}`, 'SPDX license ids (https://spdx.org/licenses/), e.g. `MIT`, `Apache-2.0`, `BSD-3-Clause`, or `LicenseRef-<name>`');
}

;// CONCATENATED MODULE: ./.build/config/config.js











const FALLBACKS = ['next-proxy', 'cache', 'direct'];
function runContextFromEnv(env) {
    return {
        onGitHub: env.GITHUB_ACTIONS === 'true',
        tempDir: env.RUNNER_TEMP || external_node_os_namespaceObject.tmpdir(),
        homeDir: external_node_os_namespaceObject.homedir(),
    };
}
/**
 * Parses every input into one frozen Config. Throws the first ConfigError found; nothing runs
 * before this returns. Empty values take the action.yml default.
 */
function parseConfig(raw, context) {
    for (const name of Object.keys(raw)) {
        if (!INPUTS.some((spec) => spec.name === name)) {
            const near = INPUTS.find((spec) => spec.name.replace(/-/g, '') === name.replace(/[-_]/g, '').toLowerCase());
            throw new ConfigError(name, `is not an input of this action${near ? `; did you mean '${near.name}'?` : ''}`);
        }
    }
    const get = (name) => {
        const spec = INPUTS.find((s) => s.name === name);
        if (!spec)
            throw new Error(`unknown input ${name}`);
        const value = raw[name];
        return value === undefined || value.trim() === '' ? spec.default : value;
    };
    const optional = (name) => (get(name).trim() === '' ? undefined : get(name));
    const proxyValue = optional('proxy');
    const privateValue = optional('private');
    const sumdbValue = optional('sumdb');
    const licenseAllow = parseList(get('license-allow')).map((id) => normalizeSpdxId('license-allow', id));
    const licenseDeny = parseList(get('license-deny')).map((id) => normalizeSpdxId('license-deny', id));
    const both = licenseAllow.filter((id) => licenseDeny.includes(id));
    if (both.length > 0) {
        throw new ConfigError('license-deny', `${both.join(', ')} is both allowed and denied`, 'an id in one list only');
    }
    const latencyBudgetMs = parseDuration('latency-budget', get('latency-budget'));
    const timeoutMs = parseDuration('timeout', get('timeout'));
    if (timeoutMs < latencyBudgetMs) {
        throw new ConfigError('timeout', `${get('timeout')} is shorter than the latency budget (${get('latency-budget')})`, 'a duration longer than latency-budget');
    }
    const backend = parseEnum('cache-backend', get('cache-backend'), ['auto', 'actions', 'local']);
    const cacheDir = optional('cache-dir');
    const config = {
        workingDirectory: get('working-directory').trim(),
        proxy: proxyValue === undefined ? undefined : parseProxyList('proxy', proxyValue),
        private: privateValue === undefined ? undefined : parsePrefixPatterns('private', privateValue),
        latencyBudgetMs,
        stallTimeoutMs: parseDuration('stall-timeout', get('stall-timeout')),
        fallback: parseFallbacks(get('fallback')),
        timeoutMs,
        sumdb: sumdbValue === undefined ? undefined : parseSumdbSetting('sumdb', sumdbValue),
        sumdbUnavailable: parseEnum('sumdb-unavailable', get('sumdb-unavailable'), ['fail', 'warn']),
        licenseAllow,
        licenseDeny,
        licenseExceptions: parseLicenseExceptions('license-exceptions', get('license-exceptions')),
        licenseConfidence: parseFraction('license-confidence', get('license-confidence')),
        licenseScope: parseEnum('license-scope', get('license-scope'), ['build-list', 'imports']),
        unknownLicense: parseEnum('unknown-license', get('unknown-license'), ['fail', 'warn']),
        cache: parseBoolean('cache', get('cache')),
        cacheSave: parseEnum('cache-save', get('cache-save'), ['auto', 'true', 'false']),
        cacheBackend: backend === 'auto' ? (context.onGitHub ? 'actions' : 'local') : backend,
        cacheDir: external_node_path_namespaceObject.resolve(cacheDir ?? external_node_path_namespaceObject.join(context.homeDir, '.cache', 'go-module-warden')),
        cacheKeyPrefix: parseCacheKeyPrefix(get('cache-key-prefix')),
        warnOnly: parseBoolean('warn-only', get('warn-only')),
        reportFile: external_node_path_namespaceObject.resolve(optional('report-file') ?? external_node_path_namespaceObject.join(context.tempDir, 'go-module-warden', 'report.json')),
    };
    return deepFreeze(config);
}
function parseFallbacks(value) {
    const entries = parseList(value).map((entry) => entry.toLowerCase());
    if (entries.length === 1 && entries[0] === 'none')
        return [];
    const accepted = '`none`, or any of `next-proxy`, `cache`, `direct` in the order to try them, e.g. `next-proxy, cache, direct`';
    const seen = new Set();
    for (const entry of entries) {
        if (!FALLBACKS.includes(entry)) {
            throw new ConfigError('fallback', `'${entry}' is not a fallback`, accepted);
        }
        if (seen.has(entry))
            throw new ConfigError('fallback', `'${entry}' is listed twice`, accepted);
        seen.add(entry);
    }
    if (entries.length === 0)
        throw new ConfigError('fallback', 'is empty', accepted);
    return [...seen];
}
function parseCacheKeyPrefix(value) {
    const text = value.trim();
    if (!/^[A-Za-z0-9._-]{1,100}$/.test(text)) {
        throw new ConfigError('cache-key-prefix', `'${value}' cannot be part of a cache key`, 'letters, digits, `.`, `_` and `-`, at most 100 characters');
    }
    return text;
}
function deepFreeze(value) {
    if (value && typeof value === 'object' && !Buffer.isBuffer(value)) {
        for (const child of Object.values(value))
            deepFreeze(child);
        Object.freeze(value);
    }
    return value;
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./.build/go/go-command.js


/**
 * Spawns `go` in its own process group so the watchdog can kill go together with the git
 * processes it started (go has no per-request timeout: golang/go#28194).
 */
const spawnGo = (args, options) => new Promise((resolve, reject) => {
    const child = (0,external_node_child_process_namespaceObject.spawn)('go', args, {
        cwd: options.cwd,
        env: options.env,
        detached: process.platform !== 'win32',
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const kill = () => {
        timedOut = true;
        try {
            if (child.pid !== undefined && process.platform !== 'win32')
                process.kill(-child.pid, 'SIGKILL');
            else
                child.kill('SIGKILL');
        }
        catch {
            // Already gone.
        }
    };
    const timer = options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            options.onTimeout?.();
            kill();
        }, options.timeoutMs);
    options.signal?.addEventListener('abort', kill, { once: true });
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
        stdout += chunk;
        options.onStdout?.(chunk);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.on('error', (error) => {
        if (timer)
            clearTimeout(timer);
        if (error.code === 'ENOENT') {
            reject(new InfrastructureError("the 'go' command was not found on PATH; add actions/setup-go before this step (or install Go and put it on PATH)", { cause: error }));
        }
        else
            reject(new InfrastructureError(`could not run 'go ${args.join(' ')}': ${error.message}`, { cause: error }));
    });
    child.on('close', (code) => {
        if (timer)
            clearTimeout(timer);
        options.signal?.removeEventListener('abort', kill);
        resolve({ code: code ?? -1, stdout, stderr, timedOut });
    });
});

;// CONCATENATED MODULE: ./.build/findings.js

/** A typed error as a report finding. */
function toFinding(error) {
    const area = error instanceof ConfigError ? 'config' : error.kind === 'security' ? 'checksum' : 'go';
    return { kind: error.kind, area, message: error.message, ...error.subject };
}

;// CONCATENATED MODULE: ./.build/go/child-env.js
/**
 * The environment of every `go` we start. `-modcacherw` keeps the module cache writable, so a
 * later tar restore over it does not fail with "Cannot open: File exists" (setup-go #403);
 * GOTOOLCHAIN=local stops `go` from downloading a toolchain through the proxy unless the user
 * asked for that.
 */
function buildChildEnv(base, settings, goproxy) {
    const goflags = (base.GOFLAGS ?? '').split(/\s+/).filter((f) => f !== '');
    if (!goflags.includes('-modcacherw'))
        goflags.push('-modcacherw');
    return {
        ...base,
        GOFLAGS: goflags.join(' '),
        GOTOOLCHAIN: base.GOTOOLCHAIN || 'local',
        GOPROXY: goproxy,
        GOPRIVATE: settings.private.join(','),
        GONOPROXY: settings.noProxy.join(','),
        GONOSUMDB: settings.noSumDb.join(','),
        GOSUMDB: settings.sumdbText,
        // Never prompt for credentials in CI: a prompt would hang the run.
        GIT_TERMINAL_PROMPT: '0',
        GOMODCACHE: settings.goModCache,
    };
}

;// CONCATENATED MODULE: ./.build/go/go-errors.js

/**
 * Turns what `go` printed on failure into one typed error that says what to do. The patterns are
 * cmd/go's own messages (modfetch/fetch.go checkModSum, modload/init.go missing go.sum entry).
 */
function classifyGoFailure(command, stderr) {
    const text = stderr.trim();
    const lastLines = text.split('\n').slice(-12).join('\n');
    if (/SECURITY ERROR|checksum mismatch/.test(text)) {
        const verifying = /verifying (\S+?)@(v[^\s:]+?)(?:\/go\.mod)?: checksum mismatch/.exec(text);
        return new SecurityError(`the bytes served differ from go.sum (checksum mismatch).\n${lastLines}`, {
            subject: verifying ? { module: verifying[1], version: verifying[2] } : undefined,
        });
    }
    const missing = /missing go\.sum entry (?:for module providing package |for go\.mod file[^\n]*?)?([^\s;:]+)?/.exec(text);
    if (missing || /updates to go\.sum needed/.test(text)) {
        return new ProjectError(`go.sum is missing entries${missing?.[1] ? ` (first: ${missing[1]})` : ''}; run 'go mod tidy' and commit go.mod and go.sum.\n${lastLines}`);
    }
    if (/updates to go\.mod needed|go: inconsistent vendoring/.test(text)) {
        return new ProjectError(`go.mod is not tidy; run 'go mod tidy' and commit the result.\n${lastLines}`);
    }
    if (/go\.mod file not found|cannot find main module/.test(text)) {
        return new ProjectError(`no go.mod found; set the 'working-directory' input to the folder that holds go.mod (or go.work).\n${lastLines}`);
    }
    const failing = /^go: (\S+?)@(v\S+?): /m.exec(text);
    return new InfrastructureError(`'${command}' failed:\n${lastLines || '(no output)'}`, {
        subject: failing ? { module: failing[1], version: failing[2] } : undefined,
    });
}
/** True when a per-module download error is a checksum failure (never softened, never retried). */
function isChecksumFailure(message) {
    return /SECURITY ERROR|checksum mismatch/.test(message);
}

;// CONCATENATED MODULE: ./.build/go/json-stream.js
/**
 * Splits a stream of concatenated JSON objects (what `go mod download -json` and `go list -json`
 * print: objects one after another, no array, no separators) into parsed values, chunk by chunk,
 * so a long run reports modules as they finish instead of at exit.
 */
class JsonObjectStream {
    onObject;
    buffer = '';
    depth = 0;
    inString = false;
    escaped = false;
    start = -1;
    scanned = 0;
    constructor(onObject) {
        this.onObject = onObject;
    }
    push(chunk) {
        this.buffer += chunk;
        for (let i = this.scanned; i < this.buffer.length; i++) {
            const c = this.buffer[i];
            if (this.inString) {
                if (this.escaped)
                    this.escaped = false;
                else if (c === '\\')
                    this.escaped = true;
                else if (c === '"')
                    this.inString = false;
            }
            else if (c === '"')
                this.inString = true;
            else if (c === '{') {
                if (this.depth === 0)
                    this.start = i;
                this.depth++;
            }
            else if (c === '}') {
                this.depth--;
                if (this.depth === 0) {
                    this.onObject(JSON.parse(this.buffer.slice(this.start, i + 1)));
                    this.buffer = this.buffer.slice(i + 1);
                    i = -1;
                    this.start = -1;
                }
            }
            else if (this.depth === 0 && !/\s/.test(c)) {
                throw new Error(`unexpected '${c}' between JSON objects`);
            }
        }
        this.scanned = this.buffer.length;
    }
    /** Throws if the stream ended inside an object. */
    end() {
        if (this.depth !== 0 || this.buffer.trim() !== '')
            throw new Error('JSON stream ended inside an object');
    }
}
/** Parses a whole string of concatenated JSON objects. */
function parseJsonObjects(text) {
    const values = [];
    const stream = new JsonObjectStream((value) => values.push(value));
    stream.push(text);
    stream.end();
    return values;
}

;// CONCATENATED MODULE: ./.build/go/download.js


/**
 * Runs `go mod download -json all` (since Go 1.18 a bare `go mod download` fetches only direct
 * requirements). Modules are reported as go prints them; a failure of the whole command without
 * per-module errors (a broken module graph, a missing go.sum entry) is thrown as a typed error.
 */
async function downloadAll(run, options) {
    const modules = [];
    const stream = new JsonObjectStream((module) => {
        modules.push(module);
        options.onModule?.(module);
    });
    const result = await run(['mod', 'download', '-json', 'all'], {
        cwd: options.cwd,
        env: options.env,
        timeoutMs: options.timeoutMs,
        onStdout: (chunk) => stream.push(chunk),
        onTimeout: options.onTimeout,
        signal: options.signal,
    });
    const failed = modules.filter((m) => m.Error !== undefined);
    if (result.timedOut)
        return {
            modules,
            failed,
            checksumFailures: failed.filter((m) => isChecksumFailure(m.Error ?? '')),
            timedOut: true,
        };
    stream.end();
    if (result.code !== 0 && failed.length === 0)
        throw classifyGoFailure('go mod download -json all', result.stderr);
    return {
        modules,
        failed,
        checksumFailures: failed.filter((m) => isChecksumFailure(m.Error ?? '')),
        timedOut: false,
    };
}

;// CONCATENATED MODULE: ./.build/go/go-env.js

const KEYS = [
    'GOVERSION',
    'GOOS',
    'GOARCH',
    'GOPROXY',
    'GOPRIVATE',
    'GONOPROXY',
    'GONOSUMDB',
    'GOSUMDB',
    'GOINSECURE',
    'GOMODCACHE',
    'GOFLAGS',
    'GOTOOLCHAIN',
    'GOMOD',
    'GOWORK',
];
/** Reads `go env -json` in `cwd` (so GOMOD and GOWORK describe the project). */
async function readGoEnv(run, cwd, env) {
    const result = await run(['env', '-json', ...KEYS], { cwd, env, timeoutMs: 60_000 });
    if (result.code !== 0) {
        throw new InfrastructureError(`'go env' failed: ${result.stderr.trim() || `exit code ${result.code}`}`);
    }
    const values = JSON.parse(result.stdout);
    return applyGoDefaults(values);
}
/**
 * Go's defaults, as cmd/go/internal/cfg applies them: empty means unset; GONOPROXY and GONOSUMDB
 * default to GOPRIVATE; GOPROXY to proxy.golang.org then direct; GOSUMDB to sum.golang.org.
 */
function applyGoDefaults(values) {
    const get = (key) => values[key] ?? '';
    const goprivate = get('GOPRIVATE');
    return {
        GOVERSION: get('GOVERSION'),
        GOOS: get('GOOS'),
        GOARCH: get('GOARCH'),
        GOPROXY: get('GOPROXY') || 'https://proxy.golang.org,direct',
        GOPRIVATE: goprivate,
        GONOPROXY: get('GONOPROXY') || goprivate,
        GONOSUMDB: get('GONOSUMDB') || goprivate,
        GOSUMDB: get('GOSUMDB') || 'sum.golang.org',
        GOINSECURE: get('GOINSECURE'),
        GOMODCACHE: get('GOMODCACHE'),
        GOFLAGS: get('GOFLAGS'),
        GOTOOLCHAIN: get('GOTOOLCHAIN'),
        GOMOD: get('GOMOD'),
        GOWORK: get('GOWORK') === 'off' ? '' : get('GOWORK'),
    };
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./.build/go/go-sum.js

/**
 * Parses go.sum text. Mirrors cmd/go/internal/modfetch/fetch.go readGoSum: three fields per line,
 * blank lines skipped; a malformed line is an error naming file and line (go itself refuses them).
 */
function parseGoSum(text, file) {
    const lines = [];
    text.split('\n').forEach((raw, index) => {
        const fields = raw
            .trim()
            .split(/\s+/)
            .filter((f) => f !== '');
        if (fields.length === 0)
            return;
        if (fields.length !== 3 || !/^h\d+:/.test(fields[2])) {
            throw new ProjectError(`${file}:${index + 1}: malformed go.sum line '${raw.trim()}'; run 'go mod tidy' to rewrite go.sum`);
        }
        lines.push({ path: fields[0], version: fields[1], hash: fields[2], line: index + 1, file });
    });
    return lines;
}
/** Looks up the `h1:` line for a module zip (`version`) or its go.mod (`version/go.mod`). */
function findGoSumLine(lines, path, version) {
    return lines.find((l) => l.path === path && l.version === version && l.hash.startsWith('h1:'));
}

;// CONCATENATED MODULE: ./.build/go/go-sum-guard.js



/**
 * `go mod download all` quietly adds missing lines to go.sum. A verifier must not repair the
 * file it verifies: we keep each go.sum as it was, put it back after go ran, and report the lines
 * go wanted to add (the user runs `go mod tidy` and commits them).
 */
class GoSumGuard {
    before;
    constructor(before) {
        this.before = before;
    }
    static async snapshot(files) {
        const before = new Map();
        for (const file of files)
            before.set(file, await readIfExists(file));
        return new GoSumGuard(before);
    }
    /** The lines as they were before go ran (what the user committed). */
    lines() {
        return [...this.before].flatMap(([file, text]) => text === undefined ? [] : parseGoSum(text, external_node_path_namespaceObject.basename(file)));
    }
    /** Restores every file go changed (atomically) and returns the lines go had added. */
    async restore() {
        const added = [];
        for (const [file, original] of this.before) {
            const now = await readIfExists(file);
            if (now === original)
                continue;
            const had = new Set((original ?? '').split('\n').map((l) => l.trim()));
            if (now !== undefined)
                added.push(...parseGoSum(now, external_node_path_namespaceObject.basename(file)).filter((l) => !had.has(`${l.path} ${l.version} ${l.hash}`)));
            if (original === undefined)
                await promises_namespaceObject.rm(file, { force: true });
            else {
                const temp = `${file}.warden-${process.pid}.tmp`;
                await promises_namespaceObject.writeFile(temp, original);
                await promises_namespaceObject.rename(temp, file);
            }
        }
        return added;
    }
}
async function readIfExists(file) {
    try {
        return await promises_namespaceObject.readFile(file, 'utf8');
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./.build/go/build-list.js
/** The module whose content is fetched and checked: the replacement for a module replace, else itself. */
function effectiveModule(module) {
    if (module.main || module.replace?.kind === 'local')
        return undefined;
    if (module.replace?.kind === 'module')
        return { path: module.replace.path, version: module.replace.version };
    return { path: module.path, version: module.version };
}
function toBuildListModule(raw) {
    const replace = raw.Replace === undefined
        ? undefined
        : raw.Replace.Version
            ? { kind: 'module', path: raw.Replace.Path, version: raw.Replace.Version }
            : { kind: 'local', dir: raw.Replace.Path };
    return {
        path: raw.Path,
        version: raw.Version ?? '',
        main: raw.Main === true,
        indirect: raw.Indirect === true,
        dir: raw.Replace?.Dir ?? raw.Dir,
        goMod: raw.Replace?.GoMod ?? raw.GoMod,
        replace,
        error: raw.Error?.Err,
    };
}

;// CONCATENATED MODULE: ./.build/go/list.js



/**
 * The build list, from `go list -m -json all`. `-mod=readonly` is explicit: with a vendor/
 * directory go would default to -mod=vendor, where "can't compute 'all' using the vendor
 * directory"; and readonly never edits the user's go.mod or go.sum.
 */
async function listBuildList(run, options) {
    const result = await run(['list', '-mod=readonly', '-m', '-json', 'all'], {
        cwd: options.cwd,
        env: options.env,
        timeoutMs: options.timeoutMs,
    });
    if (result.code !== 0)
        throw classifyGoFailure('go list -m -json all', result.stderr);
    return parseJsonObjects(result.stdout).map(toBuildListModule);
}
/** The modules that provide packages to `go list -deps ./...` (license-scope: imports). */
async function listImportedModules(run, options) {
    const result = await run(['list', '-mod=readonly', '-deps', '-test', '-f', '{{with .Module}}{{.Path}}{{end}}', './...'], { cwd: options.cwd, env: options.env, timeoutMs: options.timeoutMs });
    if (result.code !== 0)
        throw classifyGoFailure('go list -deps -test ./...', result.stderr);
    return new Set(result.stdout
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== ''));
}

;// CONCATENATED MODULE: ./.build/go/project.js



/** Finds go.mod / go.work as `go env GOMOD GOWORK` report them for `dir`. */
async function detectProject(dir, goEnv) {
    if (goEnv.GOWORK) {
        const workDir = external_node_path_namespaceObject.dirname(goEnv.GOWORK);
        const text = await promises_namespaceObject.readFile(goEnv.GOWORK, 'utf8');
        const goModFiles = parseUseDirectives(text).map((use) => external_node_path_namespaceObject.join(external_node_path_namespaceObject.resolve(workDir, use), 'go.mod'));
        const sums = [
            external_node_path_namespaceObject.join(workDir, 'go.work.sum'),
            ...goModFiles.map((f) => f.replace(/go\.mod$/, 'go.sum')),
        ];
        return {
            dir,
            mode: 'workspace',
            goModFiles,
            goSumFiles: await existing(sums),
            goSumCandidates: sums,
            goWork: goEnv.GOWORK,
            vendor: await isDir(external_node_path_namespaceObject.join(workDir, 'vendor')),
        };
    }
    if (!goEnv.GOMOD || goEnv.GOMOD === '/dev/null' || goEnv.GOMOD === 'NUL') {
        throw new ProjectError(`no go.mod found in '${dir}' or any parent directory; set the 'working-directory' input to the folder that holds go.mod (or go.work)`);
    }
    const moduleDir = external_node_path_namespaceObject.dirname(goEnv.GOMOD);
    return {
        dir,
        mode: 'module',
        goModFiles: [goEnv.GOMOD],
        goSumFiles: await existing([external_node_path_namespaceObject.join(moduleDir, 'go.sum')]),
        goSumCandidates: [external_node_path_namespaceObject.join(moduleDir, 'go.sum')],
        goWork: undefined,
        vendor: await isDir(external_node_path_namespaceObject.join(moduleDir, 'vendor')),
    };
}
/** The `use` directives of a go.work file (single-line and block form). */
function parseUseDirectives(text) {
    const uses = [];
    let inBlock = false;
    for (const raw of text.split('\n')) {
        const line = raw.replace(/\/\/.*$/, '').trim();
        if (inBlock) {
            if (line === ')')
                inBlock = false;
            else if (line)
                uses.push(unquote(line));
        }
        else if (/^use\s*\($/.test(line))
            inBlock = true;
        else if (line.startsWith('use '))
            uses.push(unquote(line.slice(4).trim()));
    }
    return uses;
}
function unquote(text) {
    return text.replace(/^["`](.*)["`]$/, '$1');
}
async function existing(files) {
    const found = [];
    for (const file of files) {
        try {
            await promises_namespaceObject.access(file);
            found.push(file);
        }
        catch {
            // Not there.
        }
    }
    return found;
}
async function isDir(dir) {
    try {
        return (await promises_namespaceObject.stat(dir)).isDirectory();
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./.build/go/settings.js



function resolveSettings(config, goEnv) {
    const proxy = config.proxy ?? parseProxyList('proxy (from `go env GOPROXY`)', goEnv.GOPROXY);
    const privateGlobs = config.private ?? parsePrefixPatterns('private (from `go env GOPRIVATE`)', goEnv.GOPRIVATE);
    const union = (extra) => [...new Set([...privateGlobs, ...parsePrefixPatterns('private', extra)])];
    const sumdb = config.sumdb ?? parseSumdbSetting('sumdb (from `go env GOSUMDB`)', goEnv.GOSUMDB);
    return {
        proxy,
        private: privateGlobs,
        noProxy: union(goEnv.GONOPROXY),
        noSumDb: union(goEnv.GONOSUMDB),
        sumdb,
        sumdbText: formatSumdbSetting(sumdb),
        goModCache: goEnv.GOMODCACHE,
    };
}
/** Writes a setting back in GOSUMDB syntax, for the child `go`. */
function formatSumdbSetting(setting) {
    if (setting.off)
        return 'off';
    return setting.url === undefined ? setting.key.text : `${setting.key.text} ${setting.url}`;
}

;// CONCATENATED MODULE: ./.build/version.js
/** The tool's version, shown in the summary and the JSON report. Kept in step with package.json by a test. */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./.build/report/build-report.js



/** Joins the steps' results into the one Report every renderer reads. */
function buildReport(config, facts, dir, startedAt, now) {
    const findings = sortFindings(facts.findings);
    const key = (m) => `${m.path}@${m.version}`;
    const checksumOf = new Map(facts.checksums?.modules.map((m) => [key(m), m.status]));
    const licenseOf = new Map(facts.licenses?.modules.map((m) => [key(m), m]));
    const modules = (facts.modules ?? []).map((m) => {
        const license = licenseOf.get(key(m));
        return {
            ...m,
            route: facts.routes?.get(key(m)),
            checksum: checksumOf.get(key(m)),
            license: license && { expression: license.expression, verdict: license.verdict, rule: license.rule },
        };
    });
    const settings = facts.settings;
    return {
        schemaVersion: 1,
        tool: { name: 'go-module-warden', version: VERSION },
        startedAt: new Date(startedAt).toISOString(),
        durationMs: Math.max(0, now - startedAt),
        status: decideStatus(findings, config.warnOnly),
        warnOnly: config.warnOnly,
        project: {
            dir,
            goVersion: facts.goEnv?.GOVERSION ?? '',
            mode: facts.project?.mode ?? 'module',
            vendor: facts.project?.vendor ?? false,
            mainModules: modules.filter((m) => m.main).map((m) => m.path),
        },
        settings: {
            proxy: settings ? formatProxyList(settings.proxy) : '',
            private: settings?.private.join(',') ?? '',
            sumdb: settings ? (settings.sumdb.off ? 'off' : settings.sumdb.key.name) : '',
            latencyBudgetMs: config.latencyBudgetMs,
            fallback: config.fallback,
        },
        findings,
        modules,
        download: {
            downloaded: (facts.download?.modules.length ?? 0) - (facts.download?.failed.length ?? 0),
            failed: (facts.download?.failed ?? []).map((f) => ({
                path: f.Path,
                version: f.Version,
                error: f.Error ?? '',
            })),
        },
        proxy: facts.proxy,
        checksums: facts.checksums,
        licenses: facts.licenses,
        cache: facts.cache,
    };
}

;// CONCATENATED MODULE: ./.build/sumdb/resolve-base.js


/**
 * Decides where checksum-database requests go, as `go` does. Mirrors cmd/go/internal/modfetch/sumdb.go
 * dbClient.initBase with TryProxies: an explicit URL wins; else each proxy is asked for
 * `<proxy>/sumdb/<name>/supported` (200 = use it, 404/410 = next, other errors = next only after `|`);
 * `direct`, `off` or the end of the list = the database itself at `https://<name>`.
 */
async function resolveSumdbBase(input) {
    const { key, logger } = input;
    if (input.url)
        return { baseUrl: input.url, via: 'explicit', shown: redactUrl(input.url) };
    const direct = `https://${key.name}`;
    let failure;
    for (const proxy of input.proxies) {
        if (proxy.kind !== 'url') {
            // `direct` and `off` mean "ask the database itself", and outrank earlier proxy errors.
            failure = undefined;
            break;
        }
        const base = `${proxy.url.replace(/\/+$/, '')}/sumdb/${key.name}`;
        const shown = redactUrl(base);
        const outcome = await probe(`${base}/supported`, input.fetch, input.latencyBudgetMs);
        if (outcome.ok) {
            logger?.info(`checksum database ${key.name}: through ${shown} (the proxy supports it)`);
            return { baseUrl: base, via: 'proxy', shown };
        }
        logger?.info(`checksum database ${key.name}: ${shown}/supported: ${outcome.reason}`);
        if (outcome.notFound)
            continue;
        failure = `${shown}/supported: ${outcome.reason}`;
        if (!proxy.fallBackOnError)
            break;
    }
    if (failure)
        throw new InfrastructureError(`checksum database ${key.name}: cannot tell whether the proxy relays it (${failure}); go would stop here too`);
    logger?.info(`checksum database ${key.name}: asking it directly at ${direct}`);
    return { baseUrl: direct, via: 'direct', shown: direct };
}
async function probe(url, fetcher, budgetMs) {
    const parsed = new URL(url);
    const headers = {};
    if (parsed.username || parsed.password) {
        const auth = `${decodeURIComponent(parsed.username)}:${decodeURIComponent(parsed.password)}`;
        headers.authorization = `Basic ${Buffer.from(auth).toString('base64')}`;
        parsed.username = '';
        parsed.password = '';
    }
    try {
        const response = await fetcher(parsed.toString(), { headers, signal: AbortSignal.timeout(budgetMs) });
        await response.arrayBuffer();
        const notFound = response.status === 404 || response.status === 410;
        return { ok: response.status === 200, notFound, reason: `${response.status} ${response.statusText}` };
    }
    catch (error) {
        const reason = error.name === 'TimeoutError' ? `no answer within ${budgetMs} ms` : error.message;
        return { ok: false, notFound: false, reason };
    }
}

;// CONCATENATED MODULE: ./.build/sumdb/limiter.js
/** At most `limit` tasks at once; the rest wait in order. */
class Limiter {
    limit;
    active = 0;
    waiting = [];
    constructor(limit) {
        this.limit = limit;
        if (!(limit >= 1))
            throw new Error(`concurrency must be at least 1, got ${limit}`);
    }
    async run(task) {
        if (this.active >= this.limit)
            await new Promise((resolve) => this.waiting.push(resolve));
        this.active++;
        try {
            return await task();
        }
        finally {
            this.active--;
            this.waiting.shift()?.();
        }
    }
}
/** A mutex: runs tasks one after the other. */
class Serializer {
    tail = Promise.resolve();
    run(task) {
        const result = this.tail.then(task, task);
        this.tail = result.catch(() => undefined);
        return result;
    }
}

;// CONCATENATED MODULE: ./.build/sumdb/sumdb-http.js



/** The database could not be asked (network error, timeout, an HTTP error other than 404/410). */
class SumdbUnavailableError extends InfrastructureError {
}
/** The database answered 404/410 for a lookup: it does not know the module version. */
class SumdbNotFoundError extends InfrastructureError {
}
/**
 * GETs against the checksum database: one deadline per request, a limit on requests in flight,
 * credentials from the URL sent as Basic auth and never shown, failures as typed errors.
 * Mirrors cmd/go/internal/modfetch/sumdb.go dbClient.ReadRemote (plus the deadline go lacks).
 */
class SumdbHttp {
    options;
    limiter;
    base;
    /** The base URL without credentials, once resolved. */
    shownBase;
    constructor(options) {
        this.options = options;
        this.limiter = new Limiter(options.concurrency ?? 16);
    }
    get name() {
        return this.options.name;
    }
    resolveBase() {
        this.base ??= (async () => {
            let text;
            try {
                text = typeof this.options.baseUrl === 'string' ? this.options.baseUrl : await this.options.baseUrl();
            }
            catch (error) {
                throw new SumdbUnavailableError(`checksum database ${this.name}: ${error.message}`, {
                    cause: error,
                });
            }
            const url = new URL(text);
            let authorization;
            if (url.username || url.password) {
                const user = decodeURIComponent(url.username);
                const pass = decodeURIComponent(url.password);
                authorization = `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;
                url.username = '';
                url.password = '';
            }
            const shown = redactUrl(text).replace(/\/+$/, '');
            this.shownBase = shown;
            return { url: url.toString().replace(/\/+$/, ''), shown, authorization };
        })();
        return this.base;
    }
    /** GETs `<base><remote>`; `what` (lookup, tile, latest) names the request in messages. */
    async get(remote, what) {
        const base = await this.resolveBase();
        return this.limiter.run(async () => {
            const url = `${base.url}${remote}`;
            const shown = `${base.shown}${remote}`;
            const headers = {};
            if (base.authorization)
                headers.authorization = base.authorization;
            let response;
            let body;
            try {
                response = await this.options.fetch(url, {
                    headers,
                    signal: AbortSignal.timeout(this.options.latencyBudgetMs),
                });
                body = Buffer.from(await response.arrayBuffer());
            }
            catch (error) {
                this.options.counts.failedRequests++;
                const reason = error.name === 'TimeoutError'
                    ? `no answer within the latency budget (${this.options.latencyBudgetMs} ms)`
                    : error.message;
                throw new SumdbUnavailableError(`checksum database ${this.name}: ${what} ${shown}: ${reason}`, {
                    cause: error,
                });
            }
            this.options.logger?.debug(`${this.name}: GET ${shown} → ${response.status} (${body.length} bytes)`);
            if (response.status === 200)
                return body;
            this.options.counts.failedRequests++;
            const text = /^text\/plain/.test(response.headers.get('content-type') ?? '')
                ? `: ${body.toString('utf8').trim().slice(0, 200)}`
                : '';
            const message = `checksum database ${this.name}: ${what} ${shown}: ${response.status} ${response.statusText}${text}`;
            if ((response.status === 404 || response.status === 410) && what === 'lookup')
                throw new SumdbNotFoundError(message);
            throw new SumdbUnavailableError(message);
        });
    }
}

;// CONCATENATED MODULE: ./.build/goproxy/module-escape.js
/**
 * Case encoding of module paths and versions in GOPROXY URLs and module cache paths, and the
 * parser of the request paths `go` sends to a proxy.
 */
// golang.org/x/mod/module escapeString: 'A' → '!a'; '!' and non-ASCII cannot be escaped.
function escapeString(s) {
    if (/[!\u0080-\uffff]/.test(s))
        return undefined;
    return s.replace(/[A-Z]/g, (c) => `!${c.toLowerCase()}`);
}
// golang.org/x/mod/module unescapeString: '!' must precede a-z; upper-case and non-ASCII are invalid.
function unescapeString(escaped) {
    if (/[A-Z\u0080-\uffff]/.test(escaped) || /![^a-z]|!$/.test(escaped))
        return undefined;
    return escaped.replace(/!([a-z])/g, (_, c) => c.toUpperCase());
}
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;
// golang.org/x/mod/module checkElem (modulePath kind).
function elementProblem(elem) {
    if (elem === '')
        return 'empty path element';
    if (/^\.+$/.test(elem))
        return `invalid path element "${elem}"`;
    if (elem.startsWith('.'))
        return 'leading dot in path element';
    if (elem.endsWith('.'))
        return 'trailing dot in path element';
    if (!/^[A-Za-z0-9._~-]+$/.test(elem))
        return `invalid char in path element "${elem}"`;
    const short = elem.split('.')[0];
    if (WINDOWS_RESERVED.test(short))
        return `"${short}" disallowed as path element component on Windows`;
    return undefined;
}
/**
 * Why `path` is not a valid module path, or undefined when it is.
 * Mirrors golang.org/x/mod/module CheckPath (without the gopkg.in and /vN suffix rules).
 */
function modulePathProblem(path) {
    if (path === '')
        return 'empty string';
    if (path.startsWith('/') || path.endsWith('/'))
        return 'leading or trailing slash';
    const elems = path.split('/');
    for (const elem of elems) {
        const problem = elementProblem(elem);
        if (problem)
            return problem;
    }
    const first = elems[0];
    if (!first.includes('.'))
        return 'missing dot in first path element';
    if (first.startsWith('-'))
        return 'leading dash in first path element';
    if (!/^[a-z0-9.-]+$/.test(first))
        return `invalid char in first path element "${first}"`;
    return undefined;
}
/** The case-encoded form of a module path (x/mod module.EscapePath). Throws on an invalid path. */
function escapeModulePath(path) {
    const problem = modulePathProblem(path);
    const escaped = problem ? undefined : escapeString(path);
    if (escaped === undefined)
        throw new Error(`malformed module path "${path}": ${problem ?? 'invalid char'}`);
    return escaped;
}
/** The module path of a case-encoded one (x/mod module.UnescapePath); undefined when invalid. */
function unescapeModulePath(escaped) {
    const path = unescapeString(escaped);
    return path !== undefined && modulePathProblem(path) === undefined ? path : undefined;
}
/** The case-encoded form of a version (x/mod module.EscapeVersion). Throws on an invalid version. */
function escapeVersion(version) {
    const escaped = version.includes('/') || elementProblem(version) ? undefined : escapeString(version);
    if (escaped === undefined)
        throw new Error(`invalid version "${version}"`);
    return escaped;
}
/** The version of a case-encoded one (x/mod module.UnescapeVersion); undefined when invalid. */
function unescapeVersion(escaped) {
    const version = unescapeString(escaped);
    return version !== undefined && !version.includes('/') && elementProblem(version) === undefined
        ? version
        : undefined;
}
/**
 * Parses the path of a GOPROXY request (`/<esc>/@v/list`, `/<esc>/@v/<v>.info|.mod|.zip`,
 * `/<esc>/@latest`, `/sumdb/<name>/…`). The path may still be percent-encoded (`%21`).
 * Returns undefined for anything else.
 */
function parseProxyRequest(urlPath) {
    let path;
    try {
        path = decodeURIComponent(urlPath.split('?')[0]);
    }
    catch {
        return undefined;
    }
    if (!path.startsWith('/') || path.includes('\\'))
        return undefined;
    path = path.slice(1);
    const sumdb = /^sumdb\/([^/]+)\/(.+)$/.exec(path);
    if (sumdb) {
        if (sumdb[2].split('/').some((e) => e === '..' || e === '.' || e === ''))
            return undefined;
        return { kind: 'sumdb', db: sumdb[1], rest: sumdb[2] };
    }
    if (path.endsWith('/@latest')) {
        const module = unescapeModulePath(path.slice(0, -'/@latest'.length));
        return module === undefined ? undefined : { kind: 'latest', module };
    }
    const at = path.lastIndexOf('/@v/');
    if (at < 0)
        return undefined;
    const module = unescapeModulePath(path.slice(0, at));
    if (module === undefined)
        return undefined;
    const file = path.slice(at + '/@v/'.length);
    if (file === 'list')
        return { kind: 'list', module };
    const m = /^(.+)\.(info|mod|zip)$/.exec(file);
    const version = m ? unescapeVersion(m[1]) : undefined;
    if (!m || version === undefined)
        return undefined;
    return { kind: m[2], module, version };
}
/** The request path (case-encoded, not percent-encoded) for a module request. */
function proxyRequestPath(request) {
    switch (request.kind) {
        case 'sumdb':
            return `/sumdb/${request.db}/${request.rest}`;
        case 'list':
            return `/${escapeModulePath(request.module)}/@v/list`;
        case 'latest':
            return `/${escapeModulePath(request.module)}/@latest`;
        default:
            return `/${escapeModulePath(request.module)}/@v/${escapeVersion(request.version)}.${request.kind}`;
    }
}

;// CONCATENATED MODULE: ./.build/sumdb/tlog.js

/**
 * The tamper-evident log of the checksum database: RFC 6962 hashing, the stored-hash layout and
 * the record (inclusion) and tree (consistency) proofs. Mirrors golang.org/x/mod/sumdb/tlog/tlog.go.
 *
 * Indexes are plain numbers: JavaScript's bit operators are 32-bit, so every shift here is done
 * with multiplication and division by powers of two (exact up to 2^53, far beyond any real log).
 */
const HASH_SIZE = 32;
class ProofError extends (/* unused pure expression or super */ null && (Error)) {
}
/** Mirrors tlog.RecordHash: SHA256(0x00 ‖ data). */
function recordHash(data) {
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(Buffer.of(0)).update(data).digest();
}
/** Mirrors tlog.NodeHash: SHA256(0x01 ‖ left ‖ right). */
function nodeHash(left, right) {
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(Buffer.of(1)).update(left).update(right).digest();
}
/** n >> k without 32-bit truncation. */
function tlog_shr(n, k) {
    return Math.floor(n / 2 ** k);
}
/** n << k without 32-bit truncation. */
function tlog_shl(n, k) {
    return n * 2 ** k;
}
function trailingZeros(n) {
    if (n === 0)
        return 64;
    let count = 0;
    while (n % 2 === 0) {
        n /= 2;
        count++;
    }
    return count;
}
/** Mirrors tlog maxpow2: the largest power of two k < n, and log2(k). */
function maxpow2(n) {
    let level = 0;
    while (2 ** (level + 1) < n)
        level++;
    return { k: 2 ** level, level };
}
/** Mirrors tlog.StoredHashIndex: (level, n) → position in the dense stored-hash order. */
function tlog_storedHashIndex(level, n) {
    for (let l = level; l > 0; l--)
        n = 2 * n + 1;
    let i = 0;
    for (; n > 0; n = tlog_shr(n, 1))
        i += n;
    return i + level;
}
/** Mirrors tlog.SplitStoredHashIndex, the inverse of storedHashIndex. */
function splitStoredHashIndex(index) {
    let n = Math.floor(index / 2);
    let indexN = tlog_storedHashIndex(0, n);
    if (indexN > index)
        throw new Error('tlog: bad math in splitStoredHashIndex');
    for (;;) {
        // Each new record n adds 1 + trailingZeros(n+1) hashes.
        const x = indexN + 1 + trailingZeros(n + 1);
        if (x > index)
            break;
        n++;
        indexN = x;
    }
    const level = index - indexN;
    return { level, n: tlog_shr(n, level) };
}
/** Mirrors tlog.StoredHashCount: how many hashes a tree of n records stores. */
function storedHashCount(n) {
    if (n === 0)
        return 0;
    let count = tlog_storedHashIndex(0, n - 1) + 1;
    for (let i = n - 1; i % 2 === 1; i = tlog_shr(i, 1))
        count++;
    return count;
}
/** Mirrors tlog.StoredHashesForRecordHash: the hashes to store when appending record n. */
async function storedHashesForRecordHash(n, h, read) {
    const hashes = [h];
    const m = trailingZeros(n + 1);
    const indexes = new Array(m);
    for (let i = 0; i < m; i++)
        indexes[m - 1 - i] = tlog_storedHashIndex(i, tlog_shr(n, i) - 1);
    const old = await read(indexes);
    for (let i = 0; i < m; i++) {
        h = nodeHash(old[m - 1 - i], h);
        hashes.push(h);
    }
    return hashes;
}
/** Mirrors tlog.TreeHash: the root of the tree with n records (all zero for n = 0). */
async function treeHash(n, read) {
    if (n === 0)
        return Buffer.alloc(HASH_SIZE);
    const indexes = subTreeIndex(0, n, []);
    const hashes = await read(indexes);
    checkCount(indexes, hashes);
    const [hash, rest] = subTreeHash(0, n, hashes);
    if (rest.length !== 0)
        throw new Error('tlog: bad index math in treeHash');
    return hash;
}
/** Mirrors tlog subTreeIndex: stored indexes needed to hash records [lo, hi). */
function subTreeIndex(lo, hi, need) {
    while (lo < hi) {
        const { k, level } = maxpow2(hi - lo + 1);
        if (lo % k !== 0)
            throw new Error('tlog: bad math in subTreeIndex');
        need.push(tlog_storedHashIndex(level, tlog_shr(lo, level)));
        lo += k;
    }
    return need;
}
/** Mirrors tlog subTreeHash: hashes records [lo, hi) from subTreeIndex's hashes; returns the rest. */
function subTreeHash(lo, hi, hashes) {
    let numTree = 0;
    while (lo < hi) {
        const { k } = maxpow2(hi - lo + 1);
        if (lo % k !== 0)
            throw new Error('tlog: bad math in subTreeHash');
        numTree++;
        lo += k;
    }
    if (hashes.length < numTree)
        throw new Error('tlog: bad index math in subTreeHash');
    let h = hashes[numTree - 1];
    for (let i = numTree - 2; i >= 0; i--)
        h = nodeHash(hashes[i], h);
    return [h, hashes.slice(numTree)];
}
/** Mirrors tlog.ProveRecord: the audit path for record n in the tree of size t. */
async function proveRecord(t, n, read) {
    if (t < 0 || n < 0 || n >= t)
        throw new ProofError('tlog: invalid inputs in proveRecord');
    const indexes = leafProofIndex(0, t, n, []);
    if (indexes.length === 0)
        return [];
    const hashes = await read(indexes);
    checkCount(indexes, hashes);
    const [proof, rest] = leafProof(0, t, n, hashes);
    if (rest.length !== 0)
        throw new Error('tlog: bad index math in proveRecord');
    return proof;
}
function leafProofIndex(lo, hi, n, need) {
    if (lo + 1 === hi)
        return need;
    const { k } = maxpow2(hi - lo);
    if (n < lo + k) {
        leafProofIndex(lo, lo + k, n, need);
        subTreeIndex(lo + k, hi, need);
    }
    else {
        subTreeIndex(lo, lo + k, need);
        leafProofIndex(lo + k, hi, n, need);
    }
    return need;
}
function leafProof(lo, hi, n, hashes) {
    if (lo + 1 === hi)
        return [[], hashes];
    const { k } = maxpow2(hi - lo);
    let proof;
    let th;
    if (n < lo + k) {
        [proof, hashes] = leafProof(lo, lo + k, n, hashes);
        [th, hashes] = subTreeHash(lo + k, hi, hashes);
    }
    else {
        [th, hashes] = subTreeHash(lo, lo + k, hashes);
        [proof, hashes] = leafProof(lo + k, hi, n, hashes);
    }
    return [[...proof, th], hashes];
}
/** Mirrors tlog.CheckRecord: throws unless `proof` shows record n (hash h) is in tree (t, th). */
function checkRecord(proof, t, th, n, h) {
    if (t < 0 || n < 0 || n >= t)
        throw new ProofError('tlog: invalid inputs in checkRecord');
    if (!runRecordProof(proof, 0, t, n, h).equals(th))
        throw new ProofError('invalid transparency proof');
}
function runRecordProof(p, lo, hi, n, leaf) {
    if (lo + 1 === hi) {
        if (p.length !== 0)
            throw new ProofError('invalid transparency proof');
        return leaf;
    }
    if (p.length === 0)
        throw new ProofError('invalid transparency proof');
    const { k } = maxpow2(hi - lo);
    const last = p[p.length - 1];
    if (n < lo + k)
        return nodeHash(runRecordProof(p.slice(0, -1), lo, lo + k, n, leaf), last);
    return nodeHash(last, runRecordProof(p.slice(0, -1), lo + k, hi, n, leaf));
}
/** Mirrors tlog.ProveTree: proof that the tree of size t extends the tree of size n. */
async function proveTree(t, n, read) {
    if (t < 1 || n < 1 || n > t)
        throw new ProofError('tlog: invalid inputs in proveTree');
    const indexes = treeProofIndex(0, t, n, []);
    if (indexes.length === 0)
        return [];
    const hashes = await read(indexes);
    checkCount(indexes, hashes);
    const [proof, rest] = treeProof(0, t, n, hashes);
    if (rest.length !== 0)
        throw new Error('tlog: bad index math in proveTree');
    return proof;
}
function treeProofIndex(lo, hi, n, need) {
    if (n === hi)
        return lo === 0 ? need : subTreeIndex(lo, hi, need);
    const { k } = maxpow2(hi - lo);
    if (n <= lo + k) {
        treeProofIndex(lo, lo + k, n, need);
        subTreeIndex(lo + k, hi, need);
    }
    else {
        subTreeIndex(lo, lo + k, need);
        treeProofIndex(lo + k, hi, n, need);
    }
    return need;
}
function treeProof(lo, hi, n, hashes) {
    if (n === hi) {
        if (lo === 0)
            return [[], hashes];
        const [th, rest] = subTreeHash(lo, hi, hashes);
        return [[th], rest];
    }
    const { k } = maxpow2(hi - lo);
    let proof;
    let th;
    if (n <= lo + k) {
        [proof, hashes] = treeProof(lo, lo + k, n, hashes);
        [th, hashes] = subTreeHash(lo + k, hi, hashes);
    }
    else {
        [th, hashes] = subTreeHash(lo, lo + k, hashes);
        [proof, hashes] = treeProof(lo + k, hi, n, hashes);
    }
    return [[...proof, th], hashes];
}
/** Mirrors tlog.CheckTree: throws unless `proof` shows tree (t, th) extends tree (n, h). */
function checkTree(proof, t, th, n, h) {
    if (t < 1 || n < 1 || n > t)
        throw new ProofError('tlog: invalid inputs in checkTree');
    const [h2, th2] = runTreeProof(proof, 0, t, n, h);
    if (!th2.equals(th) || !h2.equals(h))
        throw new ProofError('invalid transparency proof');
}
function runTreeProof(p, lo, hi, n, old) {
    if (n === hi) {
        if (lo === 0) {
            if (p.length !== 0)
                throw new ProofError('invalid transparency proof');
            return [old, old];
        }
        if (p.length !== 1)
            throw new ProofError('invalid transparency proof');
        return [p[0], p[0]];
    }
    if (p.length === 0)
        throw new ProofError('invalid transparency proof');
    const { k } = maxpow2(hi - lo);
    const last = p[p.length - 1];
    if (n <= lo + k) {
        const [oh, th] = runTreeProof(p.slice(0, -1), lo, lo + k, n, old);
        return [oh, nodeHash(th, last)];
    }
    const [oh, th] = runTreeProof(p.slice(0, -1), lo + k, hi, n, old);
    return [nodeHash(last, oh), nodeHash(last, th)];
}
function checkCount(indexes, hashes) {
    if (hashes.length !== indexes.length)
        throw new Error(`tlog: read ${hashes.length} hashes for ${indexes.length} indexes`);
}

;// CONCATENATED MODULE: ./.build/sumdb/tree-note.js

/** The text of a tree note and the lookup record format. Mirrors golang.org/x/mod/sumdb/tlog/note.go. */
const TREE_PREFIX = 'go.sum database tree\n';
class MalformedError extends Error {
}
/** Mirrors tlog.FormatTree: `go.sum database tree\n<N>\n<base64 hash>\n`. */
function formatTree(tree) {
    return `${TREE_PREFIX}${tree.n}\n${tree.hash.toString('base64')}\n`;
}
/** Mirrors tlog.ParseTree. Extra lines after the hash are allowed (as in Go). */
function parseTree(text) {
    if (!text.startsWith(TREE_PREFIX) || text.split('\n').length - 1 < 3 || text.length > 1e6)
        throw new MalformedError('malformed tree note');
    const lines = text.split('\n');
    const n = Number(lines[1]);
    if (!/^(0|[1-9]\d*)$/.test(lines[1]) || !Number.isSafeInteger(n))
        throw new MalformedError('malformed tree note');
    const hash = decodeBase64Strict(lines[2]);
    if (!hash || hash.length !== HASH_SIZE)
        throw new MalformedError('malformed tree note');
    return { n, hash };
}
/** Mirrors tlog.FormatRecord: `<id>\n<text>\n` (the text ends in a newline, so a blank line follows). */
function formatRecord(id, text) {
    if (!isValidRecordText(text))
        throw new MalformedError('malformed record data');
    return `${id}\n${text}\n`;
}
/** Mirrors tlog.ParseRecord: splits a lookup response into record id, record text and the rest (the note). */
function parseRecord(msg) {
    const nl = msg.indexOf(0x0a);
    if (nl < 0)
        throw new MalformedError('malformed record data');
    const idText = msg.subarray(0, nl).toString('latin1');
    const id = Number(idText);
    if (!/^-?\d+$/.test(idText) || !Number.isSafeInteger(id))
        throw new MalformedError('malformed record data');
    const body = msg.subarray(nl + 1);
    const end = body.indexOf('\n\n');
    if (end < 0)
        throw new MalformedError('malformed record data');
    const text = body.subarray(0, end + 1);
    if (!isValidRecordText(text.toString('utf8')) || !isUtf8(text))
        throw new MalformedError('malformed record data');
    return { id, text, rest: body.subarray(end + 2) };
}
/** Mirrors tlog isValidRecordText: no control characters but newlines, no blank line, ends in a newline. */
function isValidRecordText(text) {
    let last = '';
    for (const c of text) {
        const code = c.codePointAt(0);
        if ((code < 0x20 && c !== '\n') || (last === '\n' && c === '\n'))
            return false;
        last = c;
    }
    return last === '\n';
}
function isUtf8(data) {
    return Buffer.from(data.toString('utf8'), 'utf8').equals(data);
}
/** Standard base64 with padding, rejecting anything Go's StdEncoding would reject. */
function decodeBase64Strict(text) {
    if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(text))
        return undefined;
    const data = Buffer.from(text, 'base64');
    return data.toString('base64') === text ? data : undefined;
}

;// CONCATENATED MODULE: ./.build/sumdb/note.js


class MalformedNoteError extends Error {
    constructor() {
        super('malformed note');
    }
}
/** No signature by any known key (e.g. the note was signed by another key). */
class UnverifiedNoteError extends Error {
    note;
    constructor(note) {
        const names = note.unverifiedSigs.map((s) => `${s.name}+${hex8(s.hash)}`);
        super(`note has no verifiable signatures${names.length ? ` (signed only by ${names.join(', ')})` : ''}`);
        this.note = note;
    }
}
/** A signature by a known key that does not verify. */
class InvalidSignatureError extends Error {
    keyName;
    keyHash;
    constructor(keyName, keyHash) {
        super(`invalid signature for key ${keyName}+${hex8(keyHash)}`);
        this.keyName = keyName;
        this.keyHash = keyHash;
    }
}
const SIG_PREFIX = '\u2014 ';
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
/** The node:crypto public key for a verifier key's 32 raw Ed25519 bytes. */
function ed25519PublicKey(raw) {
    return (0,external_node_crypto_namespaceObject.createPublicKey)({ key: Buffer.concat([ED25519_SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
}
/** Mirrors note.Open: parses `msg` and verifies its signatures by the known keys. */
function openNote(msg, known) {
    const bytes = typeof msg === 'string' ? Buffer.from(msg, 'utf8') : msg;
    const textAll = bytes.toString('utf8');
    // Valid UTF-8 with no control characters other than newline.
    if (!Buffer.from(textAll, 'utf8').equals(bytes) || hasControlCharacter(textAll))
        throw new MalformedNoteError();
    const split = textAll.lastIndexOf('\n\n');
    if (split < 0)
        throw new MalformedNoteError();
    const text = textAll.slice(0, split + 1);
    let sigs = textAll.slice(split + 2);
    if (sigs.length === 0 || !sigs.endsWith('\n'))
        throw new MalformedNoteError();
    const verified = [];
    const unverified = [];
    const seen = new Set();
    const seenUnverified = new Set();
    let numSig = 0;
    while (sigs.length > 0) {
        const i = sigs.indexOf('\n');
        let line = sigs.slice(0, i);
        sigs = sigs.slice(i + 1);
        if (!line.startsWith(SIG_PREFIX))
            throw new MalformedNoteError();
        line = line.slice(SIG_PREFIX.length);
        const space = line.indexOf(' ');
        const name = space < 0 ? line : line.slice(0, space);
        const b64 = space < 0 ? '' : line.slice(space + 1);
        const sig = decodeBase64Strict(b64);
        if (!sig || !isValidName(name) || b64 === '' || sig.length < 5)
            throw new MalformedNoteError();
        const hash = sig.readUInt32BE(0);
        if (++numSig > 100)
            throw new MalformedNoteError();
        const key = known.find((k) => k.name === name && k.hash === hash);
        if (!key) {
            if (!seenUnverified.has(line)) {
                seenUnverified.add(line);
                unverified.push({ name, hash, base64: b64 });
            }
            continue;
        }
        const id = `${name}+${hash}`;
        if (seen.has(id))
            continue;
        seen.add(id);
        const ok = (0,external_node_crypto_namespaceObject.verify)(null, Buffer.from(text, 'utf8'), ed25519PublicKey(key.publicKey), sig.subarray(4));
        if (!ok)
            throw new InvalidSignatureError(name, hash);
        verified.push({ name, hash, base64: b64 });
    }
    const note = { text, sigs: verified, unverifiedSigs: unverified };
    if (verified.length === 0)
        throw new UnverifiedNoteError(note);
    return note;
}
/** Mirrors note.Sign for fresh signatures: `text` + blank line + one line per signer. */
function signNote(text, signers) {
    if (!text.endsWith('\n'))
        throw new MalformedNoteError();
    let out = `${text}\n`;
    for (const signer of signers) {
        if (!isValidName(signer.name))
            throw new Error('invalid signer');
        const head = Buffer.alloc(4);
        head.writeUInt32BE(signer.hash >>> 0);
        const sig = cryptoSign(null, Buffer.from(text, 'utf8'), signer.privateKey);
        out += `${SIG_PREFIX}${signer.name} ${Buffer.concat([head, sig]).toString('base64')}\n`;
    }
    return out;
}
function hasControlCharacter(text) {
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code < 0x20 && code !== 0x0a)
            return true;
    }
    return false;
}
/** Mirrors note isValidName: non-empty, no spaces, no '+'. */
function isValidName(name) {
    return name !== '' && !/[\s+]/u.test(name);
}
function hex8(n) {
    return (n >>> 0).toString(16).padStart(8, '0');
}

;// CONCATENATED MODULE: ./.build/sumdb/state-store.js


/**
 * The client's files in one directory, laid out as `go` lays out
 * `$GOMODCACHE/cache/download/sumdb/<name>/`: `latest` (the last verified signed tree note) and
 * `tile/<H>/<L>/<N>[.p/<W>]`. The directory travels with the module cache, so the next run proves
 * consistency with the tree this project last saw. Every write is atomic (temp file + rename).
 */
class StateStore {
    dir;
    madeDirs = new Set();
    constructor(dir) {
        this.dir = dir;
    }
    /** The file's bytes, or undefined when it is missing or empty (as go's ReadCache treats it). */
    async read(file) {
        try {
            const data = await promises_namespaceObject.readFile(this.resolve(file));
            return data.length === 0 ? undefined : data;
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return undefined;
            throw error;
        }
    }
    async write(file, data) {
        const target = this.resolve(file);
        const parent = external_node_path_namespaceObject.dirname(target);
        if (!this.madeDirs.has(parent)) {
            await promises_namespaceObject.mkdir(parent, { recursive: true });
            this.madeDirs.add(parent);
        }
        const temp = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
        await promises_namespaceObject.writeFile(temp, data);
        await promises_namespaceObject.rename(temp, target);
    }
    async remove(file) {
        await promises_namespaceObject.rm(this.resolve(file), { force: true });
    }
    resolve(file) {
        const target = external_node_path_namespaceObject.resolve(this.dir, file);
        if (!target.startsWith(external_node_path_namespaceObject.resolve(this.dir) + external_node_path_namespaceObject.sep))
            throw new Error(`path escapes the state directory: ${file}`);
        return target;
    }
}

;// CONCATENATED MODULE: ./.build/sumdb/tile.js

/** The height `go` and sum.golang.org use. */
const TILE_HEIGHT = 8;
/** Thrown when served tiles do not hash to the signed tree: the server (or cache) is lying. */
class InconsistentTileError extends Error {
}
/** Thrown when a tile has the wrong size (truncated or padded). */
class TileSizeError extends Error {
}
/** Mirrors tlog tileForIndex: the smallest tile holding stored hash `index`, and its byte range. */
function tileForIndex(h, index) {
    const split = splitStoredHashIndex(index);
    let level = split.level;
    let n = split.n;
    const l = Math.floor(level / h);
    level -= l * h; // level within the tile
    const tn = tlog_shr(tlog_shl(n, level), h);
    n -= tlog_shr(tlog_shl(tn, h), level); // n within the tile at `level`
    const w = tlog_shl(n + 1, level);
    return {
        tile: { h, l, n: tn, w },
        start: tlog_shl(n, level) * HASH_SIZE,
        end: tlog_shl(n + 1, level) * HASH_SIZE,
    };
}
/** Mirrors tlog.HashFromTile: the stored hash `index`, computed from the tile's data. */
function hashFromTile(t, data, index) {
    if (t.h < 1 || t.h > 30 || t.l < 0 || t.l >= 64 || t.w < 1 || t.w > 2 ** t.h)
        throw new Error(`invalid tile ${tilePath(t)}`);
    if (data.length < t.w * HASH_SIZE)
        throw new TileSizeError(`data len ${data.length} too short for tile ${tilePath(t)}`);
    const { tile: t1, start, end } = tileForIndex(t.h, index);
    if (t.l !== t1.l || t.n !== t1.n || t.w < t1.w)
        throw new Error(`index ${index} is in ${tilePath(t1)} not ${tilePath(t)}`);
    return tileRangeHash(data, start, end);
}
// Tiles are hashed again on every read; remember each range's hash per tile buffer (never mutated).
const rangeHashes = new WeakMap();
function tileRangeHash(data, start, end) {
    let hashes = rangeHashes.get(data);
    if (!hashes) {
        hashes = new Map();
        rangeHashes.set(data, hashes);
    }
    const key = `${start}:${end}`;
    let hash = hashes.get(key);
    if (!hash) {
        hash = tileHash(data.subarray(start, end));
        hashes.set(key, hash);
    }
    return hash;
}
/** Mirrors tlog tileHash: the Merkle root over a run of 2^k level hashes. */
function tileHash(data) {
    if (data.length === 0)
        throw new Error('bad math in tileHash');
    if (data.length === HASH_SIZE)
        return Buffer.from(data);
    const half = data.length / 2;
    return nodeHash(tileHash(data.subarray(0, half)), tileHash(data.subarray(half)));
}
/** Mirrors tlog.NewTiles: the tiles that change when the tree grows from oldSize to newSize. */
function newTiles(h, oldSize, newSize) {
    const tiles = [];
    for (let level = 0; shr(newSize, h * level) > 0; level++) {
        const oldN = shr(oldSize, h * level);
        const newN = shr(newSize, h * level);
        if (oldN === newN)
            continue;
        for (let n = shr(oldN, h); n < shr(newN, h); n++)
            tiles.push({ h, l: level, n, w: 2 ** h });
        const n = shr(newN, h);
        const w = newN - shl(n, h);
        if (w > 0)
            tiles.push({ h, l: level, n, w });
    }
    return tiles;
}
/** Mirrors tlog.ReadTileData: a tile's bytes from stored hashes (the server side). */
async function readTileData(t, read) {
    const start = shl(t.n, t.h);
    const indexes = [];
    for (let i = 0; i < t.w; i++)
        indexes.push(storedHashIndex(t.h * t.l, start + i));
    return Buffer.concat(await read(indexes));
}
/** Mirrors Tile.Path: `tile/8/0/x001/x234/067.p/5`, `tile/8/data/000`. */
function tilePath(t) {
    let n = t.n;
    let text = String(n % 1000).padStart(3, '0');
    while (n >= 1000) {
        n = Math.floor(n / 1000);
        text = `x${String(n % 1000).padStart(3, '0')}/${text}`;
    }
    const partial = t.w !== 2 ** t.h ? `.p/${t.w}` : '';
    return `tile/${t.h}/${t.l === -1 ? 'data' : t.l}/${text}${partial}`;
}
/** Mirrors tlog.ParseTilePath; throws on anything tilePath would not produce. */
function parseTilePath(path) {
    const bad = () => new Error(`malformed tile path ${JSON.stringify(path)}`);
    let f = path.split('/');
    if (f.length < 4 || f[0] !== 'tile')
        throw bad();
    const h = /^\d+$/.test(f[1]) ? Number(f[1]) : NaN;
    const isData = f[2] === 'data';
    const l = isData ? 0 : /^\d+$/.test(f[2]) ? Number(f[2]) : NaN;
    if (!Number.isInteger(h) || !Number.isInteger(l) || h < 1 || h > 30)
        throw bad();
    let w = 2 ** h;
    const dotP = f[f.length - 2];
    if (dotP.endsWith('.p')) {
        const ww = /^\d+$/.test(f[f.length - 1]) ? Number(f[f.length - 1]) : NaN;
        if (!Number.isInteger(ww) || ww <= 0 || ww >= w)
            throw bad();
        w = ww;
        f = [...f.slice(0, -2), dotP.slice(0, -2)];
    }
    let n = 0;
    for (const s of f.slice(3)) {
        const digits = s.replace(/^x/, '');
        if (!/^\d{1,3}$/.test(digits))
            throw bad();
        n = n * 1000 + Number(digits);
    }
    const t = { h, l: isData ? -1 : l, n, w };
    if (tilePath(t) !== path)
        throw bad();
    return t;
}
/** Mirrors tlog tileParent: the tile k levels up that covers `t`, clipped to a tree of size n. */
function tileParent(t, k, n) {
    const l = t.l + k;
    const tn = tlog_shr(t.n, k * t.h);
    let w = 2 ** t.h;
    const max = tlog_shr(n, l * t.h);
    if (tlog_shl(tn, t.h) + w >= max) {
        if (tlog_shl(tn, t.h) >= max)
            return undefined;
        w = max - tlog_shl(tn, t.h);
    }
    return { h: t.h, l, n: tn, w };
}
function tileKey(t) {
    return t ? `${t.h}/${t.l}/${t.n}/${t.w}` : '-';
}
/**
 * Mirrors tlog.TileHashReader: a HashReader that reads hashes of `tree` from tiles, and first
 * authenticates every tile it uses against the tree's signed root hash.
 */
function tileHashReader(tree, reader) {
    return async (indexes) => {
        const h = reader.height;
        const tileOrder = new Map();
        const tiles = [];
        // The tiles holding the tree's own root hashes (its complete subtrees) come first.
        const stx = subTreeIndex(0, tree.n, []);
        const stxTileOrder = [];
        for (const x of stx) {
            const tile = tileParent(tileForIndex(h, x).tile, 0, tree.n);
            const key = tileKey(tile);
            const j = tileOrder.get(key);
            if (j !== undefined) {
                stxTileOrder.push(j);
                continue;
            }
            stxTileOrder.push(tiles.length);
            tileOrder.set(key, tiles.length);
            tiles.push(tile);
        }
        // Then the tiles holding the requested hashes, with every parent up to an authenticated one.
        const indexTileOrder = [];
        for (const [i, x] of indexes.entries()) {
            if (x >= tlog_storedHashIndex(0, tree.n))
                throw new Error('indexes not in tree');
            const tile = tileForIndex(h, x).tile;
            let k = 0;
            for (;; k++) {
                const j = tileOrder.get(tileKey(tileParent(tile, k, tree.n)));
                if (j !== undefined) {
                    if (k === 0)
                        indexTileOrder[i] = j;
                    break;
                }
            }
            for (k--; k >= 0; k--) {
                const p = tileParent(tile, k, tree.n);
                if (p.w !== 2 ** p.h)
                    throw new Error(`bad math in tileHashReader: ${tree.n} ${x} ${tilePath(p)}`);
                tileOrder.set(tileKey(p), tiles.length);
                if (k === 0)
                    indexTileOrder[i] = tiles.length;
                tiles.push(p);
            }
        }
        const data = await reader.readTiles(tiles);
        for (const [i, tile] of tiles.entries()) {
            if (data[i].length !== tile.w * HASH_SIZE)
                throw new TileSizeError(`${tilePath(tile)} has ${data[i].length} bytes, want ${tile.w * HASH_SIZE}`);
        }
        // The root tiles must hash to the signed tree.
        let th;
        for (let i = stx.length - 1; i >= 0; i--) {
            const hash = hashFromTile(tiles[stxTileOrder[i]], data[stxTileOrder[i]], stx[i]);
            th = th === undefined ? hash : nodeHash(hash, th);
        }
        if (!th || !th.equals(tree.hash))
            throw new InconsistentTileError(`downloaded tiles do not match the signed tree of size ${tree.n}`);
        // Every other tile must hash to the entry for it in its (already authenticated) parent.
        for (let i = stxTileOrder[stx.length - 1] + 1; i < tiles.length; i++) {
            const tile = tiles[i];
            const p = tileParent(tile, 1, tree.n);
            const j = tileOrder.get(tileKey(p));
            if (j === undefined)
                throw new Error(`bad math in tileHashReader: lost parent of ${tilePath(tile)}`);
            const hash = hashFromTile(p, data[j], tlog_storedHashIndex(p.l * p.h, tile.n));
            if (!hash.equals(tileRangeHash(data[i], 0, data[i].length)))
                throw new InconsistentTileError(`downloaded tile ${tilePath(tile)} does not match the signed tree`);
        }
        await reader.saveTiles(tiles, data);
        return indexes.map((x, i) => hashFromTile(tiles[indexTileOrder[i]], data[indexTileOrder[i]], x));
    };
}

;// CONCATENATED MODULE: ./.build/sumdb/client.js










const LATEST = 'latest';
/**
 * A checksum-database client. Mirrors golang.org/x/mod/sumdb/client.go: every lookup's signed
 * tree note is verified and merged with the latest known tree (a consistency proof, so a fork is
 * a SecurityError), and the record is proven to be in that tree through authenticated tiles.
 */
class SumdbClient {
    options;
    counts = { lookups: 0, tiles: 0, tilesFromDisk: 0, failedRequests: 0 };
    store;
    http;
    merge = new Serializer();
    records = new Map();
    tiles = new Map();
    savedTiles = new Set();
    initialized;
    latestTree = { n: 0, hash: Buffer.alloc(HASH_SIZE) };
    latestNote = Buffer.alloc(0);
    constructor(options) {
        this.options = options;
        this.store = new StateStore(options.stateDir);
        this.http = new SumdbHttp({ ...options, name: options.key.name, counts: this.counts });
    }
    get name() {
        return this.options.key.name;
    }
    /** The latest verified tree (size 0 before any lookup when nothing was remembered). */
    get latest() {
        return this.latestTree;
    }
    /** The base URL requests go to, without credentials (undefined until it is resolved). */
    get redactedBase() {
        return this.http.shownBase;
    }
    /**
     * Mirrors sumdb.Client.Lookup: the database's lines for `path` `version` (`v1.2.3` or
     * `v1.2.3/go.mod`), after verifying the note, the tree's consistency and the record's inclusion.
     */
    async lookup(path, version) {
        const record = await this.lookupRecord(path, version.replace(/\/go\.mod$/, ''));
        const prefix = `${path} ${version} `;
        return record.lines.filter((line) => line.startsWith(prefix));
    }
    /** GETs `/latest` and folds it into the latest tree (proving consistency with the remembered one). */
    async fetchLatest() {
        await this.init();
        await this.mergeLatest(await this.http.get('/latest', 'latest'), 'latest tree note');
        return this.latestTree;
    }
    /** The whole verified record for path@version (both its lines), fetched once per client. */
    lookupRecord(path, version) {
        const key = `${path}@${version}`;
        let pending = this.records.get(key);
        if (!pending) {
            pending = this.fetchRecord(path, version).catch((error) => {
                throw wrap(error, `${path}@${version}`);
            });
            this.records.set(key, pending);
        }
        return pending;
    }
    async fetchRecord(path, version) {
        await this.init();
        let remote;
        try {
            remote = `/lookup/${escapeModulePath(path)}@${escapeVersion(version)}`;
        }
        catch (error) {
            throw new SumdbNotFoundError(`cannot be looked up: ${error.message}`, { cause: error });
        }
        this.counts.lookups++;
        const data = await this.http.get(remote, 'lookup');
        let parsed;
        try {
            parsed = parseRecord(data);
        }
        catch (error) {
            throw new SumdbUnavailableError(`malformed lookup response from ${this.http.shownBase ?? ''}${remote}`, {
                cause: error,
            });
        }
        await this.mergeLatest(parsed.rest, 'lookup response');
        await this.checkRecord(parsed.id, parsed.text);
        const lines = parsed.text
            .toString('utf8')
            .split('\n')
            .filter((l) => l !== '');
        return { id: parsed.id, lines };
    }
    init() {
        this.initialized ??= (async () => {
            const remembered = await this.store.read(LATEST);
            if (!remembered)
                return;
            try {
                await this.mergeLatest(remembered, `remembered tree note ${this.store.dir}/${LATEST}`);
            }
            catch (error) {
                // A note that does not verify is tampering (SecurityError, kept); a torn or garbled file is
                // only lost memory: start from an empty tree, as on a first run.
                if (error instanceof SecurityError)
                    throw error;
                this.options.logger?.warn(`${this.name}: ignoring the remembered tree: ${error.message}`);
            }
        })();
        return this.initialized;
    }
    /** Mirrors client.go mergeLatest/mergeLatestMem: verify a note and fold it into the latest tree. */
    mergeLatest(msg, what) {
        // Most lookups carry the very note already verified and installed: nothing to prove again.
        if (this.latestNote.length > 0 && msg.equals(this.latestNote))
            return Promise.resolve();
        const tree = this.openTreeNote(msg, what);
        return this.merge.run(async () => {
            const latest = this.latestTree;
            if (tree.n <= latest.n) {
                if (tree.n === latest.n && tree.hash.equals(latest.hash))
                    return;
                await this.checkTrees(tree, msg, latest, this.latestNote);
                return;
            }
            await this.checkTrees(latest, this.latestNote, tree, msg);
            this.latestTree = tree;
            this.latestNote = msg;
            await this.store.write(LATEST, msg);
            this.options.logger?.debug(`${this.name}: verified tree ${tree.n} ${tree.hash.toString('base64')}`);
        });
    }
    openTreeNote(msg, what) {
        let text;
        try {
            text = openNote(msg, [this.options.key]).text;
        }
        catch (error) {
            if (error instanceof InvalidSignatureError || error instanceof UnverifiedNoteError)
                throw new SecurityError(`checksum database ${this.name}: ${what}: ${error.message}; the note is not signed by ${this.options.key.text}`, { cause: error });
            throw new SumdbUnavailableError(`checksum database ${this.name}: ${what}: ${error.message}`, {
                cause: error,
            });
        }
        try {
            return parseTree(text);
        }
        catch (error) {
            throw new SumdbUnavailableError(`checksum database ${this.name}: ${what}: ${error.message}`, {
                cause: error,
            });
        }
    }
    /** Mirrors client.go checkTrees: the newer tree must contain the older one as a prefix. */
    async checkTrees(older, olderNote, newer, newerNote) {
        const h = await this.readAuthenticated(newer, (read) => treeHash(older.n, read));
        if (h.equals(older.hash))
            return;
        const indent = (b) => b.toString('utf8').trimEnd().replace(/\n/g, '\n\t');
        const what = older.n === newer.n
            ? `two different trees of size ${older.n} are signed`
            : `the tree of size ${newer.n} does not contain the tree of size ${older.n}`;
        throw new SecurityError(`checksum database ${this.name} forked: ${what} ` +
            `(by the tiles of the larger one, the first ${older.n} records hash to ${h.toString('base64')}, not ${older.hash.toString('base64')})` +
            `\nold database:\n\t${indent(olderNote)}\nnew database:\n\t${indent(newerNote)}`);
    }
    /** Mirrors client.go checkRecord: the record must be in the latest tree. */
    async checkRecord(id, text) {
        const latest = this.latestTree;
        if (id < 0 || id >= latest.n)
            throw new SecurityError(`checksum database ${this.name}: cannot validate record ${id} in tree of size ${latest.n} (the record is outside the signed tree)`);
        const [h] = await this.readAuthenticated(latest, (read) => read([tlog_storedHashIndex(0, id)]));
        if (!h.equals(recordHash(text)))
            throw new SecurityError(`checksum database ${this.name}: cannot authenticate record data in server response: record ${id} is not the one in the signed tree of size ${latest.n}`);
    }
    /**
     * Runs `use` with hashes read from tiles authenticated against `tree`. A cached tile that fails
     * authentication is dropped and fetched again once; a served tile that fails is tampering.
     */
    async readAuthenticated(tree, use) {
        const fromDisk = new Set();
        try {
            return await use(tileHashReader(tree, this.tileReader(true, fromDisk)));
        }
        catch (error) {
            if (!(error instanceof InconsistentTileError || error instanceof TileSizeError))
                throw error;
            if (fromDisk.size > 0) {
                this.options.logger?.warn(`${this.name}: cached tiles do not match the signed tree (${error.message}); fetching them again`);
                for (const file of fromDisk) {
                    this.tiles.delete(file);
                    this.savedTiles.delete(file);
                    await this.store.remove(file);
                }
                try {
                    return await use(tileHashReader(tree, this.tileReader(false, new Set())));
                }
                catch (retryError) {
                    throw this.tileFailure(retryError, tree);
                }
            }
            throw this.tileFailure(error, tree);
        }
    }
    tileFailure(error, tree) {
        if (error instanceof InconsistentTileError)
            return new SecurityError(`checksum database ${this.name} served tiles that do not match its signed tree of size ${tree.n}: ${error.message}`, { cause: error });
        if (error instanceof TileSizeError)
            return new SumdbUnavailableError(`checksum database ${this.name} served a bad tile: ${error.message}`, {
                cause: error,
            });
        return error;
    }
    tileReader(useDisk, fromDisk) {
        return {
            height: TILE_HEIGHT,
            readTiles: (tiles) => Promise.all(tiles.map(async (tile) => {
                const result = await this.readTile(tile, useDisk);
                if (result.fromDisk)
                    fromDisk.add(tilePath(tile));
                return result.data;
            })),
            saveTiles: async (tiles, data) => {
                for (const [i, tile] of tiles.entries()) {
                    const file = tilePath(tile);
                    if (this.savedTiles.has(file))
                        continue;
                    this.savedTiles.add(file);
                    await this.store.write(file, data[i]);
                }
            },
        };
    }
    /** Mirrors client.go readTile: disk (exact, then full truncated), then remote (exact, then full truncated). */
    readTile(tile, useDisk) {
        const file = tilePath(tile);
        let pending = useDisk ? this.tiles.get(file) : undefined;
        if (!pending) {
            pending = this.fetchTile(tile, useDisk);
            this.tiles.set(file, pending);
            pending.catch(() => this.tiles.delete(file));
        }
        return pending;
    }
    async fetchTile(tile, useDisk) {
        const file = tilePath(tile);
        const full = { ...tile, w: 2 ** tile.h };
        const truncate = (data) => data.subarray(0, (data.length / full.w) * tile.w);
        if (useDisk) {
            const cached = await this.store.read(file);
            if (cached) {
                this.counts.tilesFromDisk++;
                this.savedTiles.add(file);
                return { data: cached, fromDisk: true };
            }
            if (tile.w !== full.w) {
                const cachedFull = await this.store.read(tilePath(full));
                if (cachedFull) {
                    this.counts.tilesFromDisk++;
                    this.savedTiles.add(file);
                    return { data: truncate(cachedFull), fromDisk: true };
                }
            }
        }
        try {
            this.counts.tiles++;
            return { data: await this.http.get(`/${file}`, 'tile'), fromDisk: false };
        }
        catch (error) {
            if (tile.w === full.w)
                throw error;
            // Partial tiles may be gone once the tile is complete: read the full one and truncate.
            try {
                this.counts.tiles++;
                return { data: truncate(await this.http.get(`/${tilePath(full)}`, 'tile')), fromDisk: false };
            }
            catch {
                throw error;
            }
        }
    }
}
/** Prefixes `module@version: ` to a typed error, keeping its class (so its kind) and cause. */
function wrap(error, subject) {
    if (error instanceof SecurityError)
        return new SecurityError(`${subject}: ${error.message}`, { cause: error });
    if (error instanceof SumdbNotFoundError)
        return new SumdbNotFoundError(`${subject}: ${error.message}`, { cause: error });
    if (error instanceof InfrastructureError)
        return new SumdbUnavailableError(`${subject}: ${error.message}`, { cause: error });
    if (error instanceof MalformedError)
        return new SumdbUnavailableError(`${subject}: ${error.message}`, { cause: error });
    return error;
}

;// CONCATENATED MODULE: ./.build/sumdb/verify-go-sum.js





/**
 * Checks every go.sum line of the build list against the checksum database, independently of
 * `go` (which consults it only for lines missing from go.sum). A mismatch or a misbehaving
 * database is a security finding; an unreachable one follows `unavailable`.
 */
async function verifyChecksums(input) {
    const { logger, setting } = input;
    const targets = input.modules.filter((m) => effectiveModule(m) !== undefined);
    const extraGoSumLines = extraLines(input.goSum, input.modules);
    if (setting.off) {
        const message = 'GOSUMDB=off: go.sum is NOT checked against any checksum database; a tampered go.sum or proxy goes unnoticed. Set the `sumdb` input (default sum.golang.org) to turn verification back on.';
        logger.warn(message);
        return {
            enabled: false,
            modules: input.modules.map((m) => ({
                path: m.path,
                version: m.version,
                status: effectiveModule(m) ? 'unchecked' : 'not-applicable',
            })),
            verified: 0,
            checkable: targets.length,
            mismatched: 0,
            privateModules: [],
            unchecked: targets.map((m) => `${m.path}@${m.version}`),
            extraGoSumLines,
            requests: { lookups: 0, tiles: 0, tilesFromDisk: 0, failed: 0 },
            findings: [{ kind: 'config', severity: 'warning', area: 'checksum', message }],
        };
    }
    const client = new SumdbClient({
        key: setting.key,
        baseUrl: input.baseUrl,
        stateDir: input.stateDir,
        fetch: input.fetch,
        latencyBudgetMs: input.latencyBudgetMs,
        concurrency: input.concurrency,
        logger,
    });
    const limiter = new Limiter(input.concurrency ?? 16);
    const outcomes = await Promise.all(input.modules.map((m) => limiter.run(() => checkModule(m, input, client))));
    const results = [];
    const privateModules = [];
    const unchecked = [];
    const failures = [];
    const findings = [];
    const missing = [];
    for (const [i, outcome] of outcomes.entries()) {
        const m = input.modules[i];
        if (outcome.kind === 'private') {
            privateModules.push(`${m.path}@${m.version}`);
            results.push({ path: m.path, version: m.version, status: 'private' });
        }
        else if (outcome.kind === 'not-applicable') {
            results.push({ path: m.path, version: m.version, status: 'not-applicable' });
        }
        else {
            results.push(outcome.result);
            if (outcome.kind === 'failed') {
                failures.push({ module: outcome.result, error: outcome.error });
                if (!(outcome.error instanceof SecurityError))
                    unchecked.push(`${m.path}@${m.version}`);
            }
            else if (outcome.result.status === 'mismatch')
                findings.push(...mismatchFindings(outcome.result, client.name));
            else if (outcome.result.status === 'missing-from-go-sum')
                missing.push(outcome.result);
        }
    }
    findings.push(...failureFindings(failures, input.unavailable));
    if (missing.length > 0)
        findings.push(missingFinding(missing));
    const verified = results.filter((r) => r.status === 'verified').length;
    const mismatched = results.filter((r) => r.status === 'mismatch').length;
    const checkable = targets.length - privateModules.length;
    const tree = client.latest.n > 0 ? { size: client.latest.n, hash: client.latest.hash.toString('base64') } : undefined;
    logger.info(`${client.name}: verified ${verified} of ${checkable} modules` +
        (mismatched ? `, ${mismatched} MISMATCHED` : '') +
        (unchecked.length ? `, ${unchecked.length} unchecked` : '') +
        (privateModules.length ? `, ${privateModules.length} private (never looked up)` : '') +
        (tree ? `; tree ${tree.size} ${tree.hash}` : '') +
        `; ${client.counts.lookups} lookups, ${client.counts.tiles} tiles fetched, ${client.counts.tilesFromDisk} from cache`);
    if (extraGoSumLines.length > 0)
        logger.info(`${extraGoSumLines.length} go.sum lines are for module versions not in the build list (not checked)`);
    return {
        enabled: true,
        database: { name: client.name, url: client.redactedBase ?? '' },
        tree,
        modules: results,
        verified,
        checkable,
        mismatched,
        privateModules,
        unchecked,
        extraGoSumLines,
        requests: {
            lookups: client.counts.lookups,
            tiles: client.counts.tiles,
            tilesFromDisk: client.counts.tilesFromDisk,
            failed: client.counts.failedRequests,
        },
        findings,
    };
}
async function checkModule(m, input, client) {
    const target = effectiveModule(m);
    if (!target)
        return { kind: 'not-applicable' };
    // cmd/go/internal/modfetch/sumdb.go useSumDB: GONOSUMDB is matched against the module path.
    if (matchPrefixPatterns(input.noSumDb, target.path))
        return { kind: 'private' };
    const checkedAs = target.path !== m.path || target.version !== m.version ? target : undefined;
    const zipLines = goSumLines(input.goSum, target.path, target.version);
    const goModLines = goSumLines(input.goSum, target.path, `${target.version}/go.mod`);
    const base = { path: m.path, version: m.version, ...(checkedAs ? { checkedAs } : {}) };
    if (zipLines.length === 0 && goModLines.length === 0)
        return {
            kind: 'checked',
            result: { ...base, status: 'missing-from-go-sum', detail: 'go.sum has no line for it' },
        };
    let record;
    try {
        record = [...(await client.lookupRecord(target.path, target.version)).lines];
    }
    catch (error) {
        return {
            kind: 'failed',
            error,
            result: {
                ...base,
                status: error instanceof SecurityError ? 'mismatch' : 'unchecked',
                detail: describeError(error),
            },
        };
    }
    const dbHash = (version) => record.find((l) => l.startsWith(`${target.path} ${version} h1:`))?.split(' ')[2];
    const zip = compare(zipLines, dbHash(target.version));
    const goMod = compare(goModLines, dbHash(`${target.version}/go.mod`));
    const status = !zip.ok || !goMod.ok ? 'mismatch' : goModLines.length === 0 ? 'missing-from-go-sum' : 'verified';
    return { kind: 'checked', result: { ...base, status, zip: zip.check, goMod: goMod.check } };
}
function goSumLines(goSum, path, version) {
    return goSum.filter((l) => l.path === path && l.version === version && l.hash.startsWith('h1:'));
}
/** Every go.sum line for the version must equal the database's; no line is not a mismatch. */
function compare(lines, database) {
    if (lines.length === 0)
        return { ok: true, check: database ? { database, ok: true } : undefined };
    const bad = lines.find((l) => l.hash !== database);
    const shown = bad ?? lines[0];
    const ok = bad === undefined;
    return { ok, check: { goSum: shown.hash, file: shown.file, line: shown.line, database, ok } };
}
function mismatchFindings(result, dbName) {
    const target = result.checkedAs ?? result;
    const findings = [];
    for (const [suffix, check] of [
        ['', result.zip],
        ['/go.mod', result.goMod],
    ]) {
        if (!check || check.ok)
            continue;
        findings.push({
            kind: 'security',
            area: 'checksum',
            module: result.path,
            version: result.version,
            file: check.file,
            line: check.line,
            message: `checksum mismatch for ${target.path} ${target.version}${suffix}` +
                (result.checkedAs ? ` (replacement of ${result.path} ${result.version})` : '') +
                `: ${check.file}:${check.line} has ${check.goSum}, the checksum database ${dbName} has ${check.database ?? 'no such line'}`,
        });
    }
    return findings;
}
/** Groups lookup failures by cause so one outage is one finding, not one per module. */
function failureFindings(failures, unavailable) {
    const groups = new Map();
    for (const f of failures) {
        // One outage is one finding; a misbehaving database is one finding per distinct misbehaviour.
        const cause = f.error.cause ?? f.error;
        const key = f.error instanceof SumdbNotFoundError
            ? `not-found:${f.module.path}@${f.module.version}`
            : f.error instanceof SecurityError
                ? `security:${describeError(cause)}`
                : 'unavailable';
        const group = groups.get(key) ?? { modules: [], error: f.error };
        group.modules.push(f.module);
        groups.set(key, group);
    }
    return [...groups.values()].map(({ modules, error }) => {
        const one = modules.length === 1 ? modules[0] : undefined;
        const names = modules.slice(0, 5).map((m) => `${m.path}@${m.version}`);
        const subject = one
            ? ''
            : ` (${modules.length} modules: ${names.join(', ')}${modules.length > 5 ? ', …' : ''})`;
        const message = `${describeError(error)}${subject}`;
        const where = one ? { module: one.path, version: one.version } : {};
        if (error instanceof SecurityError)
            return { kind: 'security', area: 'checksum', ...where, message };
        if (error instanceof SumdbNotFoundError)
            return {
                kind: 'infrastructure',
                area: 'checksum',
                ...where,
                message: `${message}; if it is a private module, add it to GOPRIVATE or GONOSUMDB`,
            };
        return {
            kind: 'infrastructure',
            area: 'checksum',
            ...(unavailable === 'warn' ? { severity: 'warning' } : {}),
            ...where,
            message: `checksum database unavailable, ${modules.length} module(s) not checked: ${message}`,
        };
    });
}
function missingFinding(missing) {
    const names = missing.slice(0, 5).map((m) => `${m.path}@${m.version}`);
    return {
        kind: 'config',
        severity: 'warning',
        area: 'checksum',
        message: `${missing.length} module(s) have no /go.mod line in go.sum, so their go.sum could not be checked (${names.join(', ')}${missing.length > 5 ? ', …' : ''}); run 'go mod tidy' and commit go.sum`,
    };
}
function extraLines(goSum, modules) {
    const wanted = new Set();
    for (const m of modules) {
        const target = effectiveModule(m);
        if (target)
            wanted.add(`${target.path}@${target.version}`);
    }
    return goSum
        .filter((l) => !wanted.has(`${l.path}@${l.version.replace(/\/go\.mod$/, '')}`))
        .map((l) => ({ path: l.path, version: l.version, file: l.file, line: l.line }));
}

;// CONCATENATED MODULE: ./.build/steps/checksums.js



/**
 * Verifies every go.sum line of the build list against the checksum database, through the same
 * proxies `go` used (the relay, once it runs), with the database's state kept beside the module
 * cache so it travels with it.
 */
async function checkChecksums(input) {
    const { config, settings } = input;
    const setting = settings.sumdb;
    const name = setting.off ? 'off' : setting.key.name;
    // Resolved at the first lookup: a run with nothing to look up sends no request, and a proxy
    // that cannot say whether it relays the database follows `sumdb-unavailable`.
    const baseUrl = async () => {
        if (setting.off)
            return '';
        const base = await resolveSumdbBase({
            key: setting.key,
            url: setting.url,
            proxies: input.proxies,
            fetch: input.fetch,
            latencyBudgetMs: config.latencyBudgetMs,
            logger: input.logger,
        });
        return base.baseUrl;
    };
    return verifyChecksums({
        modules: input.modules,
        goSum: input.goSum,
        setting,
        noSumDb: settings.noSumDb,
        baseUrl,
        stateDir: external_node_path_namespaceObject.join(settings.goModCache, 'cache', 'download', 'sumdb', name),
        fetch: input.fetch,
        latencyBudgetMs: config.latencyBudgetMs,
        unavailable: config.sumdbUnavailable,
        logger: input.logger,
    });
}

;// CONCATENATED MODULE: ./.build/licenses/normalize.js
/**
 * License text normalization in the manner of licensee and licenseclassifier: comment prefixes,
 * markup, bullets and numbering, case, punctuation, quotes and dashes go; licence → license,
 * http → https; copyright statements go (but not sentences that merely mention a "copyright
 * notice", which is what breaks naive normalizers on rewrapped BSD texts).
 */
// Comment and markup prefixes, stripped repeatedly from the start of each line.
const LINE_PREFIX = /^\s*(?:\/\/+|\/\*+|\*\/|\*+|#+|>+|--+|;+|•|-|\+|\|)(?=\s|$)\s*|^\s*(?:\(?(?:\d{1,2}|[a-hA-H]|[ivxIVX]{1,4})[.)])(?=\s|$)\s*/;
// A copyright statement: "Copyright (c) 2020 X", "(c) 2020 X", "© X", "Portions Copyright ...".
const COPYRIGHT_LINE = /^(?:portions\s+)?(?:copyright\b|\(c\)|©)/i;
// ... but "copyright notice", "copyright holders ..." at the start of a wrapped line is license text.
const COPYRIGHT_PROSE = /^copyright\s+(?:notices?|holders?|owners?|and|law|laws|statement|license|licenses|disclaimer|interest|rights|grant)\b/i;
const SPDX_LINE = /SPDX-License-Identifier:/i;
const WORD = /[a-z0-9]+(?:\.[0-9]+)*/g;
const EQUIVALENT = {
    licence: 'license',
    licences: 'licenses',
    licenced: 'licensed',
    licencing: 'licensing',
    licensor: 'licensor',
    http: 'https',
    materials: 'software',
    '&': 'and',
};
/** Cleans one line: comment prefixes, markup, links; returns '' for copyright statements. */
function cleanLine(raw) {
    let line = raw.replace(/\*\/\s*$/, '').replace(/\t/g, ' ');
    for (let i = 0; i < 4; i++) {
        // Checked before each strip: "(c) 2020 X" is a copyright statement, not list item (c).
        if (isCopyrightStatement(line.trim()))
            return '';
        const next = line.replace(LINE_PREFIX, '');
        if (next === line)
            break;
        line = next;
    }
    line = line.trim();
    if (isCopyrightStatement(line))
        return '';
    if (SPDX_LINE.test(line))
        return '';
    // Markdown links keep their text; emphasis and code marks go.
    line = line.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]+/g, ' ');
    line = line.replace(/\ball rights reserved\b\.?/gi, ' ');
    return line;
}
function isCopyrightStatement(line) {
    return COPYRIGHT_LINE.test(line) && !COPYRIGHT_PROSE.test(line);
}
/** The normalized words of a text with their line numbers. */
function normalizeText(text) {
    const words = [];
    const lines = [];
    const rawLines = text.split(/\r\n|\r|\n/);
    for (let index = 0; index < rawLines.length; index++) {
        const line = cleanLine(rawLines[index]).toLowerCase().replace(/&/g, ' and ');
        for (const match of line.matchAll(WORD)) {
            let word = match[0];
            word = EQUIVALENT[word] ?? word;
            words.push(word);
            lines.push(index + 1);
        }
    }
    return { words, lines };
}
/** The expressions of `SPDX-License-Identifier:` lines in a text, with their 1-based lines. */
function spdxIdentifierLines(text) {
    const found = [];
    const rawLines = text.split(/\r\n|\r|\n/);
    for (let index = 0; index < rawLines.length; index++) {
        const match = /SPDX-License-Identifier:\s*(.+)$/i.exec(rawLines[index]);
        if (!match)
            continue;
        const expression = match[1]
            .replace(/\s*(\*\/|-->)\s*$/, '')
            .trim()
            .replace(/^\(\s*(.*)\s*\)$/, '$1');
        if (expression !== '')
            found.push({ expression, line: index + 1 });
    }
    return found;
}

;// CONCATENATED MODULE: ./.build/licenses/templates.js


// spdx-license-list is CommonJS JSON; a static require string lets ncc bundle it.
const templates_require = (0,external_node_module_namespaceObject.createRequire)(import.meta.url);
const SPDX_FULL = templates_require('spdx-license-list/full');
/** Marks a span that matches any short run of words (holder and organisation names). */
const VAR = '<<var>>';
/** How a template token matches: a literal word, a literal that may be missing, or a variable span. */
const TokenKind = { Literal: 0, Optional: 1, Variable: 2 };
const BSD_DISCLAIMER = [
    ['PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS', `PROVIDED BY ${VAR} AND CONTRIBUTORS`],
    ['SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE', `SHALL ${VAR} OR CONTRIBUTORS BE`],
];
const NEITHER = ['Neither the name of the copyright holder nor', `Neither the name of ${VAR} nor`];
const GPL_HOW_TO = ['How to Apply These Terms to Your New', '[[How to Apply These Terms to Your New'];
/** Template ids (SPDX), with the edits that mark variable and optional spans. */
const TEMPLATE_EDITS = {
    '0BSD': [
        ['AUTHOR DISCLAIMS', `${VAR} DISCLAIMS`],
        ['THE AUTHOR BE LIABLE', `${VAR} BE LIABLE`],
    ],
    'AFL-3.0': [],
    'AGPL-3.0-only': [GPL_HOW_TO],
    'Apache-2.0': [['APPENDIX: How to apply', '[[APPENDIX: How to apply']],
    'Artistic-2.0': [],
    'BlueOak-1.0.0': [],
    'BSD-2-Clause': BSD_DISCLAIMER,
    'BSD-2-Clause-Patent': [],
    'BSD-3-Clause': [...BSD_DISCLAIMER, NEITHER],
    'BSD-3-Clause-Clear': [
        ['The Clear BSD License', '[[The Clear BSD License]]'],
        ['Neither the name of [Owner Organization] nor', `Neither the name of ${VAR} nor`],
        ...BSD_DISCLAIMER,
    ],
    'BSD-4-Clause': [
        ['developed by the organization.', `developed by ${VAR}.`],
        NEITHER,
        ['PROVIDED BY COPYRIGHT HOLDER', `PROVIDED BY ${VAR}`],
        ['SHALL COPYRIGHT HOLDER BE', `SHALL ${VAR} BE`],
    ],
    'BSL-1.0': [],
    'CC-BY-4.0': [],
    'CC-BY-SA-4.0': [],
    'CC0-1.0': [],
    'CDDL-1.0': [],
    'EPL-1.0': [],
    'EPL-2.0': [],
    'EUPL-1.2': [],
    'GPL-2.0-only': [GPL_HOW_TO],
    'GPL-3.0-only': [GPL_HOW_TO],
    ISC: [
        ['ISC License:', '[[ISC License:]]'],
        ['AND ISC DISCLAIMS', `AND ${VAR} DISCLAIMS`],
        ['SHALL ISC BE', `SHALL ${VAR} BE`],
    ],
    JSON: [['JSON License', '[[JSON License]]']],
    'LGPL-2.1-only': [GPL_HOW_TO],
    // SPDX's LGPL-3.0 text has the GPL-3.0 text appended; the LGPL part alone is the template.
    'LGPL-3.0-only': [],
    MIT: [['MIT License', '[[MIT License]]']],
    'MIT-0': [],
    'MPL-1.1': [],
    'MPL-2.0': [
        ['Exhibit A - Source Code Form License Notice', '[[Exhibit A - Source Code Form License Notice'],
    ],
    'MS-PL': [],
    NCSA: [
        [
            'University of Illinois/NCSA Open Source License',
            '[[University of Illinois/NCSA Open Source License]]',
        ],
        [
            'Developed by: <Name of Development Group> <Name of Institution> <URL for Development Group/Institution>',
            `Developed by: ${VAR} ${VAR} ${VAR}`,
        ],
        [
            'Neither the names of <Name of Development Group, Name of Institution>,',
            `Neither the names of ${VAR},`,
        ],
    ],
    'OFL-1.1': [],
    PostgreSQL: [
        [
            'PostgreSQL Database Management System\n(formerly known as Postgres, then as Postgres95)',
            '[[PostgreSQL Database Management System\n(formerly known as Postgres, then as Postgres95)]]',
        ],
        ['SHALL THE UNIVERSITY OF CALIFORNIA BE', `SHALL ${VAR} BE`],
        ['EVEN IF THE UNIVERSITY OF CALIFORNIA HAS', `EVEN IF ${VAR} HAS`],
        ['THE UNIVERSITY OF CALIFORNIA SPECIFICALLY', `${VAR} SPECIFICALLY`],
        ['AND THE UNIVERSITY OF CALIFORNIA HAS NO', `AND ${VAR} HAS NO`],
    ],
    'Python-2.0': [],
    'Unicode-DFS-2016': [],
    Unlicense: [['For more information, please refer to', '[[For more information, please refer to']],
    'UPL-1.0': [],
    WTFPL: [],
    X11: [
        ['X11 License', '[[X11 License]]'],
        ['SHALL THE X CONSORTIUM BE', `SHALL ${VAR} BE`],
        ['the name of the X Consortium shall', `the name of ${VAR} shall`],
        ['authorization from the X Consortium.', `authorization from ${VAR}.`],
        [
            'X Window System is a trademark of X Consortium, Inc.',
            '[[X Window System is a trademark of X Consortium, Inc.]]',
        ],
    ],
    Zlib: [['zlib License', '[[zlib License]]']],
};
/** The license ids with a full-text template from spdx-license-list. */
const TEMPLATE_IDS = Object.keys(TEMPLATE_EDITS);
/** The FSF's "how to apply" notice; `work` is "program" or "library". */
const GNU_NOTICE = (license, version, work, tail) => `This ${work} is free software; you can redistribute it and/or modify it under the terms of the GNU ${license} as published by the Free Software Foundation; either version ${version} of the License, or (at your option) any later version.

This ${work} is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU ${license} for more details.

You should have received a copy of the GNU ${license} along with this ${work}${tail}`;
const FSF_ADDRESS = '[[; if not, write to the Free Software Foundation, Inc., 51 Franklin Street, Fifth Floor, Boston, MA 02110-1301 USA.]]';
const SEE_LICENSES = '. If not, see <https://www.gnu.org/licenses/>.';
/**
 * The standard notices that stand for a license in Go repositories' LICENSE files (the Apache
 * boilerplate in yaml.v3's, the FSF "or later" notice above a GPL-family text).
 */
const NOTICE_TEMPLATES = [
    {
        id: 'Apache-2.0',
        source: `Licensed under the Apache License, Version 2.0 (the "License"); you may not use this file except in compliance with the License. You may obtain a copy of the License at

http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software distributed under the License is distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied. See the License for the specific language governing permissions and limitations under the License.`,
    },
    { id: 'GPL-2.0-or-later', source: GNU_NOTICE('General Public License', '2', 'program', FSF_ADDRESS) },
    { id: 'GPL-3.0-or-later', source: GNU_NOTICE('General Public License', '3', 'program', SEE_LICENSES) },
    {
        id: 'LGPL-2.1-or-later',
        source: GNU_NOTICE('Lesser General Public License', '2.1', 'library', FSF_ADDRESS),
    },
    {
        id: 'LGPL-3.0-or-later',
        source: GNU_NOTICE('Lesser General Public License', '3', 'program', SEE_LICENSES),
    },
    {
        id: 'AGPL-3.0-or-later',
        source: GNU_NOTICE('Affero General Public License', '3', 'program', SEE_LICENSES),
    },
];
/** The shared vocabulary: template words get ids; document words not in it never match. */
const vocabulary = new Map();
/** How many distinct words the templates use. */
function vocabularySize() {
    return vocabulary.size;
}
function wordId(word) {
    return vocabulary.get(word) ?? -2;
}
function internWord(word) {
    let id = vocabulary.get(word);
    if (id === undefined) {
        id = vocabulary.size;
        vocabulary.set(word, id);
    }
    return id;
}
/** The SPDX text of a template with its markup applied (exported for tests and the corpus). */
function templateSource(id) {
    const edits = TEMPLATE_EDITS[id];
    const entry = SPDX_FULL[id];
    if (edits === undefined || entry === undefined)
        throw new Error(`no license template ${id}`);
    let text = entry.licenseText;
    if (id === 'LGPL-3.0-only')
        text = text.slice(0, text.indexOf('GNU GENERAL PUBLIC LICENSE\nVersion 3'));
    for (const [from, to] of edits) {
        if (!text.includes(from))
            throw new Error(`license template ${id}: '${from}' not in the SPDX text`);
        text = text.replace(from, to);
    }
    // An opening `[[` without a closing one runs to the end (appendices).
    const opens = text.split('[[').length - 1;
    const closes = text.split(']]').length - 1;
    return opens > closes ? `${text}]]` : text;
}
// Markers survive normalization as words no license contains.
const MARK_VAR = 'zqvarzq';
const MARK_OPEN = 'zqoptzq';
const MARK_CLOSE = 'zqendzq';
function compileTemplate(id, source) {
    const marked = source
        .replaceAll(VAR, ` ${MARK_VAR} `)
        .replaceAll('[[', ` ${MARK_OPEN} `)
        .replaceAll(']]', ` ${MARK_CLOSE} `);
    const tokens = [];
    const kinds = [];
    const required = new Map();
    const words = [];
    const requiredWords = [];
    let optional = 0;
    for (const word of normalizeText(marked).words) {
        if (word === MARK_OPEN)
            optional++;
        else if (word === MARK_CLOSE)
            optional = Math.max(0, optional - 1);
        else if (word === MARK_VAR) {
            // Two variables in a row are one.
            if (kinds[kinds.length - 1] === TokenKind.Variable)
                continue;
            tokens.push(-1);
            kinds.push(TokenKind.Variable);
        }
        else {
            const wid = internWord(word);
            tokens.push(wid);
            words.push(word);
            kinds.push(optional > 0 ? TokenKind.Optional : TokenKind.Literal);
            if (optional === 0) {
                required.set(wid, (required.get(wid) ?? 0) + 1);
                requiredWords.push(word);
            }
        }
    }
    const length = kinds.filter((kind) => kind === TokenKind.Literal).length;
    const versions = versionWords(normalizeText(marked).words);
    return {
        id,
        tokens: Int32Array.from(tokens),
        kinds: Uint8Array.from(kinds),
        length,
        required,
        text: ` ${words.join(' ')} `,
        requiredText: ` ${requiredWords.join(' ')} `,
        versions,
    };
}
/** Version numbers in a word sequence: dotted numbers, and numbers after "version" or "v". */
function versionWords(words, from = 0, to = words.length) {
    const versions = new Set();
    for (let i = from; i < to; i++) {
        const word = words[i];
        if (/^\d+(\.\d+)+$/.test(word))
            versions.add(word);
        else if (/^\d+$/.test(word) && i > from && (words[i - 1] === 'version' || words[i - 1] === 'v')) {
            versions.add(word);
        }
    }
    return versions;
}
let templates_compiled;
/** Every template, compiled once. */
function templates() {
    templates_compiled ??= [
        ...TEMPLATE_IDS.map((id) => compileTemplate(id, templateSource(id))),
        ...NOTICE_TEMPLATES.map(({ id, source }) => compileTemplate(id, source)),
    ];
    return templates_compiled;
}

;// CONCATENATED MODULE: ./.build/licenses/align.js

/** The most words a variable span (a holder or organisation name) takes for free. */
const MAX_VARIABLE_WORDS = 12;
/**
 * Aligns the whole template against the best-matching span of `doc[from, to)` at word level
 * (semi-global edit distance: the document's words before and after the span are free).
 * Variable spans take up to MAX_VARIABLE_WORDS words for free; optional words may be missing for
 * free. Gives up (undefined) as soon as every path costs more than `maxEdits`: the minimum of a
 * row never decreases, so this bounds the work on candidates that cannot reach the threshold.
 */
function alignTemplate(template, doc, from, to, maxEdits) {
    const n = to - from;
    const m = template.tokens.length;
    const tokens = template.tokens;
    const kinds = template.kinds;
    const inf = maxEdits + 1;
    let prevCost = new Int32Array(n + 1);
    let prevStart = new Int32Array(n + 1);
    let curCost = new Int32Array(n + 1).fill(inf);
    let curStart = new Int32Array(n + 1);
    for (let j = 0; j <= n; j++)
        prevStart[j] = j;
    // Only cells within the budget matter: [lo, hi] bounds them in the previous row (Ukkonen's
    // cut-off); cells of a buffer outside its dirty range hold `inf`.
    let lo = 0;
    let hi = n;
    let prevDirtyLo = 0;
    let prevDirtyHi = n;
    let curDirtyLo = 0;
    let curDirtyHi = -1;
    for (let i = 0; i < m; i++) {
        const token = tokens[i];
        const kind = kinds[i];
        if (curDirtyHi >= curDirtyLo)
            curCost.fill(inf, curDirtyLo, curDirtyHi + 1);
        let newLo = -1;
        let newHi = -1;
        let j = lo;
        if (kind === TokenKind.Variable) {
            for (; j <= n; j++) {
                let best = prevCost[j];
                let start = prevStart[j];
                const back = j < MAX_VARIABLE_WORDS ? j : MAX_VARIABLE_WORDS;
                for (let k = 1; k <= back; k++) {
                    if (prevCost[j - k] < best) {
                        best = prevCost[j - k];
                        start = prevStart[j - k];
                    }
                }
                if (j > lo && curCost[j - 1] + 1 < best) {
                    best = curCost[j - 1] + 1;
                    start = curStart[j - 1];
                }
                curCost[j] = best < inf ? best : inf;
                curStart[j] = start;
                if (best <= maxEdits) {
                    if (newLo < 0)
                        newLo = j;
                    newHi = j;
                }
                else if (j > hi + MAX_VARIABLE_WORDS)
                    break;
            }
        }
        else {
            const deletion = kind === TokenKind.Optional ? 0 : 1;
            if (j === 0) {
                // Before the first document word only deletions are possible.
                const best = prevCost[0] + deletion;
                curCost[0] = best < inf ? best : inf;
                curStart[0] = prevStart[0];
                if (best <= maxEdits)
                    newLo = newHi = 0;
                j = 1;
            }
            let left = curCost[j - 1];
            let leftStart = curStart[j - 1];
            if (j - 1 < lo)
                left = inf;
            const base = from - 1;
            for (; j <= n; j++) {
                // The template word missing from the document.
                let best = prevCost[j] + deletion;
                let start = prevStart[j];
                // Substitution or match, from the diagonal (preferred on ties: keeps matched titles in).
                const diagonal = prevCost[j - 1] + (doc[base + j] === token ? 0 : 1);
                if (diagonal <= best) {
                    best = diagonal;
                    start = prevStart[j - 1];
                }
                // An extra document word inside the span.
                if (left + 1 < best) {
                    best = left + 1;
                    start = leftStart;
                }
                if (best > inf)
                    best = inf;
                curCost[j] = best;
                curStart[j] = start;
                left = best;
                leftStart = start;
                if (best <= maxEdits) {
                    if (newLo < 0)
                        newLo = j;
                    newHi = j;
                }
                else if (j > hi + 1)
                    break;
            }
        }
        if (newLo < 0)
            return undefined;
        curDirtyLo = lo;
        curDirtyHi = j < n ? j : n;
        const cost = prevCost;
        prevCost = curCost;
        curCost = cost;
        const starts = prevStart;
        prevStart = curStart;
        curStart = starts;
        // The buffer reused next held the row before, over the range computed for it.
        const dirtyLo = curDirtyLo;
        const dirtyHi = curDirtyHi;
        curDirtyLo = prevDirtyLo;
        curDirtyHi = prevDirtyHi;
        prevDirtyLo = dirtyLo;
        prevDirtyHi = dirtyHi;
        lo = newLo;
        hi = newHi;
    }
    let end = lo;
    for (let j = lo; j <= hi; j++) {
        // Ties go to the longest span, so that optional appendices present in the text are in it.
        if (prevCost[j] <= prevCost[end])
            end = j;
    }
    return { edits: prevCost[end], start: from + prevStart[end], end: from + end };
}

;// CONCATENATED MODULE: ./.build/licenses/classifier.js




const classifier_require = (0,external_node_module_namespaceObject.createRequire)(import.meta.url);
const classifier_parseSpdx = classifier_require('spdx-expression-parse');
/** The expression for text that looks like license terms but matches no template. */
const UNKNOWN_LICENSE = 'LicenseRef-unknown';
const DEFAULT_CONFIDENCE = 0.9;
// Phrases whose presence on one side only means a different family of the same license. Phrases,
// not words: "library" or "patent" alone also turn up in holder names and ordinary clauses.
const FAMILY_PHRASES = [
    ' lesser general public ',
    ' library general public ',
    ' affero general public ',
    ' clear bsd ',
    ' no attribution ',
    ' sharealike ',
];
// Words that make an unmatched span read like license terms.
const TERMS_WORDS = new Set([
    'license',
    'licensed',
    'licenses',
    'permission',
    'permitted',
    'warranty',
    'warranties',
    'redistribute',
    'redistribution',
    'redistributions',
    'liable',
    'liability',
    'granted',
    'grant',
    'copy',
    'modify',
    'distribute',
    'merchantability',
    'infringement',
    'sublicense',
]);
const RESIDUE_MIN_WORDS = 20;
const TITLE_WORDS = 8;
const QUICK_EDIT_RATIO = 0.03;
/** About ten GPL texts: more is not one module's license file, and is not classified past this. */
const MAX_CLASSIFIED_WORDS = 60_000;
const RESIDUE_MIN_TERMS = 4;
const RESTRICTION = /\b(shall not|may not|must not|cannot|can not|prohibited|forbidden|not permitted|non commercial|noncommercial|no commercial|restricted to|only for|solely for)\b/;
const RESTRICTION_MIN_WORDS = 5;
/** Identifies the licenses in one license file's text. */
function classifyLicenseText(text, threshold = DEFAULT_CONFIDENCE) {
    const all = templates(); // compiles the vocabulary before the document is mapped onto it
    const normalized = normalizeText(text);
    // Bounds the work a hostile or huge file can cause; the rest is reported as unknown.
    const words = normalized.words.slice(0, MAX_CLASSIFIED_WORDS);
    const lines = normalized.lines;
    const cut = normalized.words.length > MAX_CLASSIFIED_WORDS
        ? {
            startLine: lines[MAX_CLASSIFIED_WORDS],
            endLine: lines[lines.length - 1],
            words: normalized.words.length - MAX_CLASSIFIED_WORDS,
        }
        : undefined;
    const declared = spdxIdentifierLines(text).map((entry) => ({
        ...entry,
        valid: isValidExpression(entry.expression),
    }));
    const doc = Int32Array.from(words, wordId);
    const accepted = findMatches(all, words, doc, threshold);
    const masked = new Uint8Array(words.length);
    for (const match of accepted)
        masked.fill(1, match.start, match.end);
    const residue = residueRuns(words, masked);
    const residueWords = residue.flatMap((run) => words.slice(run.start, run.end)).join(' ');
    // The FSF's own words; a looser "or later" also turns up in notices about other things.
    const orLater = /\bany later version\b/.test(residueWords);
    const choice = /\b(dual licensed|dual license|at your option|at your choice|your choice of|choose either)\b/.test(residueWords);
    let ids = accepted
        .slice()
        .sort((a, b) => a.start - b.start)
        .map((match) => gplVariant(match.template.id, orLater));
    // The LGPL-3.0 is a set of additional permissions on top of the GPL-3.0 text that follows it.
    if (ids.some((id) => id.startsWith('LGPL-3.0')))
        ids = ids.filter((id) => !id.startsWith('GPL-3.0'));
    // A notice granting "or later" and the license text it points to are one license.
    ids = ids.filter((id) => !(id.endsWith('-only') && ids.includes(id.replace(/-only$/, '-or-later'))));
    ids = [...new Set(ids)];
    const unknown = residue
        .filter((run) => isTermsLike(words, run.start, run.end))
        .map((run) => ({ startLine: lines[run.start], endLine: lines[run.end - 1], words: run.end - run.start }));
    if (cut)
        unknown.push(cut);
    const matches = accepted
        .slice()
        .sort((a, b) => a.start - b.start)
        .map((match) => ({
        license: gplVariant(match.template.id, orLater),
        confidence: match.confidence,
        startLine: lines[match.start] ?? 1,
        endLine: lines[match.end - 1] ?? 1,
    }));
    const expression = fileExpression(ids, choice, unknown.length > 0, declared, words.length);
    return { expression, matches, unknown, declared };
}
function fileExpression(ids, choice, hasUnknown, declared, wordCount) {
    const parts = [];
    if (declared.length > 0) {
        for (const entry of declared) {
            const part = entry.valid ? entry.expression : UNKNOWN_LICENSE;
            if (!parts.includes(part))
                parts.push(part);
        }
        // Text that names a license the declaration does not is still evidence.
        const declaredFamilies = new Set(declared
            .flatMap((entry) => entry.expression.split(/[\s()]+/))
            .map((id) => familyOf(id.replace(/\+$/, ''))));
        for (const id of ids)
            if (!declaredFamilies.has(familyOf(id)))
                parts.push(id);
    }
    else if (ids.length > 0) {
        parts.push(ids.length > 1 && choice ? ids.join(' OR ') : ids.join(' AND '));
    }
    else if (wordCount > 0) {
        return UNKNOWN_LICENSE;
    }
    if (hasUnknown && !parts.includes(UNKNOWN_LICENSE))
        parts.push(UNKNOWN_LICENSE);
    if (parts.length === 0)
        return undefined;
    if (parts.length === 1)
        return parts[0];
    return parts.map((part) => (/ OR /.test(part) ? `(${part})` : part)).join(' AND ');
}
/** Finds licenses best first, masking each match and rescanning what is left beside it. */
function findMatches(all, words, doc, threshold) {
    const accepted = [];
    let segments = [[0, doc.length]];
    while (segments.length > 0) {
        const candidates = [];
        for (const [from, to] of segments) {
            const counts = new Int32Array(vocabularySize());
            for (let i = from; i < to; i++)
                if (doc[i] >= 0)
                    counts[doc[i]]++;
            // Every template word occurrence the span lacks costs an edit: a bound on the confidence.
            const bounded = all
                .map((template) => {
                let missing = 0;
                for (const [id, count] of template.required)
                    if (count > counts[id])
                        missing += count - counts[id];
                return { template, bound: template.length - missing };
            })
                .filter(({ template, bound }) => bound >= template.length * threshold && to - from >= template.length * threshold)
                .sort((a, b) => b.bound - a.bound || b.template.length - a.template.length);
            const found = [];
            for (const { template, bound } of bounded) {
                const maxEdits = Math.floor(template.length * (1 - threshold));
                // A template that can't beat a match already found, nor fit beside it, would never be taken.
                const minSpan = template.length - maxEdits;
                const beaten = found.some((other) => (score(other) > bound ||
                    (score(other) === bound && other.confidence >= bound / template.length)) &&
                    other.start - from < minSpan &&
                    to - other.end < minSpan);
                if (beaten)
                    continue;
                // Most texts are near-verbatim: a tight budget first keeps the alignment band narrow.
                const quick = Math.min(maxEdits, Math.ceil(template.length * QUICK_EDIT_RATIO));
                const alignment = alignTemplate(template, doc, from, to, quick) ??
                    (quick < maxEdits ? alignTemplate(template, doc, from, to, maxEdits) : undefined);
                if (alignment === undefined)
                    continue;
                const confidence = 1 - alignment.edits / template.length;
                if (confidence < threshold || differsInFamily(template, words, alignment.start, alignment.end))
                    continue;
                found.push({ template, confidence, start: alignment.start, end: alignment.end });
            }
            candidates.push(...found);
        }
        // Most words matched first (a whole GPL text over the notice in its appendix, JSON over MIT
        // on a JSON text); between equals, the more confident, then the longer template.
        candidates.sort((a, b) => score(b) - score(a) || b.confidence - a.confidence || b.template.length - a.template.length);
        const taken = [];
        for (const candidate of candidates) {
            if ([...accepted, ...taken].some((other) => candidate.start < other.end && other.start < candidate.end))
                continue;
            taken.push(candidate);
        }
        if (taken.length === 0)
            break;
        accepted.push(...taken);
        // Rescan only the pieces of the segments that held a new match.
        const next = [];
        for (const [from, to] of segments) {
            const inside = taken
                .filter((match) => match.start >= from && match.end <= to)
                .sort((a, b) => a.start - b.start);
            if (inside.length === 0)
                continue;
            let cursor = from;
            for (const match of inside) {
                if (match.start > cursor)
                    next.push([cursor, match.start]);
                cursor = match.end;
            }
            if (cursor < to)
                next.push([cursor, to]);
        }
        segments = next;
    }
    return accepted;
}
/** Template words matched: the template's length less the edits. */
function score(candidate) {
    return Math.round(candidate.template.length * candidate.confidence);
}
/** True when the span and the template differ by a family phrase, a version or a restriction. */
function differsInFamily(template, words, start, end) {
    // A title just before the span ("The Clear BSD License") counts too.
    const span = ` ${words.slice(Math.max(0, start - TITLE_WORDS), end).join(' ')} `;
    for (const phrase of FAMILY_PHRASES) {
        if (span.includes(phrase) ? !template.text.includes(phrase) : template.requiredText.includes(phrase))
            return true;
    }
    for (const version of versionWords(words, start, end)) {
        if (!template.versions.has(version))
            return true;
    }
    // A restriction the template does not have, inserted inside the matched text.
    const added = countRestrictions(span);
    if (added > 0 && added > templateRestrictions(template))
        return true;
    return false;
}
const restrictionCounts = new WeakMap();
function templateRestrictions(template) {
    let count = restrictionCounts.get(template);
    if (count === undefined) {
        count = countRestrictions(template.text);
        restrictionCounts.set(template, count);
    }
    return count;
}
function countRestrictions(text) {
    return text.match(new RegExp(RESTRICTION.source, 'g'))?.length ?? 0;
}
function residueRuns(words, masked) {
    const runs = [];
    let start = -1;
    for (let i = 0; i <= words.length; i++) {
        const free = i < words.length && masked[i] === 0;
        if (free && start < 0)
            start = i;
        if (!free && start >= 0) {
            runs.push({ start, end: i });
            start = -1;
        }
    }
    return runs;
}
function isTermsLike(words, start, end) {
    // A short added restriction ("shall not be used for ...") changes the license: never ignore it.
    if (end - start >= RESTRICTION_MIN_WORDS && RESTRICTION.test(words.slice(start, end).join(' ')))
        return true;
    if (end - start < RESIDUE_MIN_WORDS)
        return false;
    const terms = new Set(words.slice(start, end).filter((word) => TERMS_WORDS.has(word)));
    return terms.size >= RESIDUE_MIN_TERMS;
}
/** GPL-family texts can't say -only or -or-later themselves: -only unless a notice says "or later". */
function gplVariant(id, orLater) {
    return orLater && /^(A|L)?GPL-/.test(id) ? id.replace(/-only$/, '-or-later') : id;
}
function familyOf(id) {
    return id.replace(/-(only|or-later)$/, '');
}
function isValidExpression(expression) {
    try {
        classifier_parseSpdx(expression);
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./.build/licenses/discovery.js


/** pkg.go.dev's license file names (internal/licenses), matched case-insensitively. */
const LICENSE_FILE_NAMES = [
    'COPYING',
    'COPYING.md',
    'COPYING.markdown',
    'COPYING.txt',
    'LICENCE',
    'LICENCE.md',
    'LICENCE.markdown',
    'LICENCE.txt',
    'LICENSE',
    'LICENSE.md',
    'LICENSE.markdown',
    'LICENSE.txt',
    'LICENSE-2.0.txt',
    'LICENCE-2.0.txt',
    'LICENSE-APACHE',
    'LICENCE-APACHE',
    'LICENSE-APACHE-2.0.txt',
    'LICENCE-APACHE-2.0.txt',
    'LICENSE-MIT',
    'LICENCE-MIT',
    'LICENSE.MIT',
    'LICENCE.MIT',
    'LICENSE.code',
    'LICENCE.code',
    'LICENSE.docs',
    'LICENCE.docs',
    'LICENSE.rst',
    'LICENCE.rst',
    'MIT-LICENSE',
    'MIT-LICENCE',
    'MIT-LICENSE.md',
    'MIT-LICENCE.md',
    'MIT-LICENSE.markdown',
    'MIT-LICENCE.markdown',
    'MIT-LICENSE.txt',
    'MIT-LICENCE.txt',
    'MIT_LICENSE',
    'MIT_LICENCE',
    'UNLICENSE',
    'UNLICENCE',
];
const NAMES = new Set(LICENSE_FILE_NAMES.map((name) => name.toLowerCase()));
/** The module zip limit for a LICENSE file (cmd/go/internal/modfetch, x/mod/zip). */
const MAX_LICENSE_FILE_BYTES = 16 << 20;
function isLicenseFileName(name) {
    return NAMES.has(name.toLowerCase());
}
/**
 * Finds the license files of a module tree. Root files decide the module; files in
 * subdirectories apply to the packages below them. Skipped: vendor/ (other modules' code),
 * testdata/ and dot-directories (no packages), nested modules (their own go.mod; not in the
 * module's zip), symlinks (not in a module zip either). `rootOnly` reads the root alone (the main
 * module: not gated, and its tree may hold anything, node_modules included).
 */
async function findLicenseFiles(root, options = {}) {
    const found = [];
    await walk(root, '', found, options.rootOnly === true);
    return found.sort((a, b) => depth(a.path) - depth(b.path) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
async function walk(root, rel, found, rootOnly) {
    const dir = rel === '' ? root : external_node_path_namespaceObject.join(root, ...rel.split('/'));
    const entries = await (0,promises_namespaceObject.readdir)(dir, { withFileTypes: true });
    if (rel !== '' && entries.some((entry) => entry.isFile() && entry.name === 'go.mod'))
        return;
    for (const entry of entries) {
        const child = rel === '' ? entry.name : `${rel}/${entry.name}`;
        if (entry.isDirectory()) {
            if (rootOnly)
                continue;
            if (entry.name === 'vendor' || entry.name === 'testdata' || entry.name.startsWith('.'))
                continue;
            await walk(root, child, found, rootOnly);
        }
        else if (entry.isFile() && isLicenseFileName(entry.name)) {
            found.push(await readLicenseFile(external_node_path_namespaceObject.join(dir, entry.name), child, rel));
        }
    }
}
async function readLicenseFile(file, rel, dir) {
    const { size } = await (0,promises_namespaceObject.lstat)(file);
    if (size > MAX_LICENSE_FILE_BYTES) {
        return { path: rel, dir, text: undefined, problem: `larger than 16 MiB (${size} bytes), not read` };
    }
    return { path: rel, dir, text: await (0,promises_namespaceObject.readFile)(file, 'utf8'), problem: undefined };
}
function depth(rel) {
    return rel.split('/').length;
}

;// CONCATENATED MODULE: ./.build/licenses/go-mod-locator.js
function locateGoModLines(text) {
    const requires = new Map();
    let moduleLine = 1;
    let inBlock;
    const lines = text.split(/\r?\n/);
    for (let index = 0; index < lines.length; index++) {
        const line = stripComment(lines[index]).trim();
        if (line === '')
            continue;
        if (inBlock !== undefined) {
            if (line === ')') {
                inBlock = undefined;
                continue;
            }
            if (inBlock === 'require')
                addRequire(requires, line, index + 1);
            continue;
        }
        const match = /^(\w+)\s*(.*)$/.exec(line);
        if (!match)
            continue;
        const [, verb, rest] = match;
        if (rest === '(') {
            inBlock = verb;
            continue;
        }
        if (verb === 'module')
            moduleLine = index + 1;
        if (verb === 'require')
            addRequire(requires, rest, index + 1);
    }
    return { requireLine: (modulePath) => requires.get(modulePath), moduleLine };
}
function addRequire(requires, spec, line) {
    const quoted = /^"((?:[^"\\]|\\.)*)"/.exec(spec) ?? /^`([^`]*)`/.exec(spec);
    const modulePath = quoted ? quoted[1] : spec.split(/\s+/)[0];
    if (modulePath && !requires.has(modulePath))
        requires.set(modulePath, line);
}
function stripComment(line) {
    // Paths can't contain `//` (module.CheckPath), so the first one outside quotes starts a comment.
    let quote;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (quote) {
            if (c === '\\' && quote === '"')
                i++;
            else if (c === quote)
                quote = undefined;
        }
        else if (c === '"' || c === '`')
            quote = c;
        else if (c === '/' && line[i + 1] === '/')
            return line.slice(0, i);
    }
    return line;
}

;// CONCATENATED MODULE: ./.build/licenses/go-versions.js

/**
 * A Go module version as semver: `v` dropped, `+incompatible` dropped (build metadata in Go's
 * eyes). Pseudo-versions (v0.0.0-20191109021931-daa7c04131f5, v1.2.4-0.20191109021931-daa7c04131f5)
 * are already valid semver prereleases and compare as such. Undefined when it isn't semver.
 */
function goVersionToSemver(version) {
    const bare = version.replace(/^v/, '').replace(/\+incompatible$/, '');
    return semver.valid(bare) ?? undefined;
}
/** True when the Go version is in the semver range; prereleases (and pseudo-versions) included. */
function goVersionInRange(version, range) {
    const bare = goVersionToSemver(version);
    if (bare === undefined)
        return false;
    try {
        return semver.satisfies(bare, range, { includePrerelease: true });
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./.build/licenses/policy.js




const policy_require = (0,external_node_module_namespaceObject.createRequire)(import.meta.url);
const policy_parseSpdx = policy_require('spdx-expression-parse');
const spdxSatisfies = policy_require('spdx-satisfies');
function licensePolicyFromConfig(config) {
    return {
        allow: config.licenseAllow,
        deny: config.licenseDeny,
        exceptions: config.licenseExceptions,
        confidence: config.licenseConfidence || DEFAULT_CONFIDENCE,
        unknownLicense: config.unknownLicense,
        warnOnly: config.warnOnly,
    };
}
/** True when the policy gates licenses at all (an allow or a deny list is set). */
function isGating(policy) {
    return policy.allow.length > 0 || policy.deny.length > 0;
}
/** The first exception whose module glob and version range cover the module. */
function findException(policy, modulePath, version) {
    return policy.exceptions.find((exception) => safePathMatch(exception.module, modulePath) &&
        (exception.versions === undefined || (version !== '' && goVersionInRange(version, exception.versions))));
}
/**
 * Decides one module's license: exceptions first (`ignore`, or an expression used instead of the
 * detected one), then deny, then allow. AND needs every part to pass, OR any one of them.
 */
function decideLicense(policy, module, detected) {
    const exception = findException(policy, module.path, module.version);
    const exceptionRule = exception && `license-exceptions line ${exception.line}: '${exception.text}'`;
    if (exception?.license === 'ignore') {
        return { verdict: 'ignored', expression: detected, rule: exceptionRule, exception };
    }
    const expression = exception?.license ?? detected;
    const outcome = evaluateExpression(policy, expression);
    const rule = exceptionRule ? `${exceptionRule} → ${outcome.rule}` : outcome.rule;
    return { verdict: outcome.verdict, expression, rule, ...(exception ? { exception } : {}) };
}
// Ranks: AND takes the worst part, OR the best.
const ALLOWED = 0;
const UNKNOWN = 1;
const NOT_ALLOWED = 2;
const DENIED = 3;
function evaluateExpression(policy, expression) {
    let tree;
    try {
        tree = policy_parseSpdx(expression);
    }
    catch {
        return {
            verdict: 'unknown',
            rule: `'${expression}' is not a valid SPDX expression (unknown-license: ${policy.unknownLicense})`,
        };
    }
    const outcome = evaluateNode(policy, tree);
    if (!isGating(policy)) {
        return outcome.rank === UNKNOWN
            ? { verdict: 'unknown', rule: 'license not identified (no license-allow or license-deny set)' }
            : { verdict: 'not-gated', rule: 'no license-allow or license-deny set' };
    }
    switch (outcome.rank) {
        case ALLOWED:
            return {
                verdict: 'allowed',
                rule: policy.allow.length > 0 ? `license-allow: ${outcome.leaf}` : 'not in license-deny',
            };
        case UNKNOWN:
            return {
                verdict: 'unknown',
                rule: `license not identified (unknown-license: ${policy.unknownLicense})`,
            };
        case NOT_ALLOWED:
            return { verdict: 'denied', rule: `not in license-allow: ${outcome.leaf}` };
        default:
            return { verdict: 'denied', rule: `license-deny: ${outcome.leaf}` };
    }
}
function evaluateNode(policy, node) {
    if ('conjunction' in node) {
        const left = evaluateNode(policy, node.left);
        const right = evaluateNode(policy, node.right);
        if (node.conjunction === 'and')
            return right.rank > left.rank ? right : left;
        return right.rank < left.rank ? right : left;
    }
    const id = node.license + (node.plus ? '+' : '');
    const leaf = node.exception ? `${id} WITH ${node.exception}` : id;
    if (node.license === UNKNOWN_LICENSE)
        return { rank: UNKNOWN, leaf };
    // A WITH exception only adds permissions: the base license decides.
    if (policy.deny.length > 0 && satisfies(id, policy.deny))
        return { rank: DENIED, leaf };
    if (policy.allow.length === 0 || satisfies(id, policy.allow))
        return { rank: ALLOWED, leaf };
    return { rank: NOT_ALLOWED, leaf };
}
/** spdx-satisfies, which throws on ids it doesn't know (LicenseRef-, NOASSERTION): never throws here. */
function satisfies(expression, list) {
    if (list.includes(expression))
        return true;
    try {
        return spdxSatisfies(expression, [...list]);
    }
    catch {
        return false;
    }
}
function safePathMatch(pattern, name) {
    try {
        return pathMatch(pattern, name);
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./.build/licenses/evaluate.js




/**
 * Finds, identifies and gates the license of every module of the build list. Never throws for
 * what a module contains: unreadable or missing files make its license unknown.
 */
async function evaluateLicenses(modules, policy, options = {}) {
    const goMod = options.mainGoMod ? locateGoModLines(options.mainGoMod.text) : undefined;
    const results = new Array(modules.length);
    let next = 0;
    const worker = async () => {
        while (next < modules.length) {
            const index = next++;
            results[index] = await evaluateModule(modules[index], policy, options, goMod);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 8) }, worker));
    const findings = results.flatMap((module) => findingsFor(module, policy));
    return {
        gating: isGating(policy),
        threshold: policy.confidence,
        modules: results,
        findings,
        counts: countLicenses(results),
    };
}
async function evaluateModule(module, policy, options, goMod) {
    const { files, problem } = await readModuleLicenses(module.dir, policy.confidence, module.main);
    const detected = moduleExpression(files, problem !== undefined);
    let decision;
    if (module.main) {
        decision = { verdict: 'not-gated', expression: detected, rule: 'main module (not gated)' };
    }
    else if (options.inScope !== undefined && !options.inScope.has(module.path)) {
        decision = {
            verdict: 'not-gated',
            expression: detected,
            rule: 'provides no imported package (license-scope: imports)',
        };
    }
    else {
        decision = decideLicense(policy, module, detected);
    }
    const matches = files.flatMap((file) => file.matches);
    const location = goMod && options.mainGoMod && !module.main
        ? { file: options.mainGoMod.file, line: goMod.requireLine(module.path) ?? goMod.moduleLine }
        : undefined;
    return {
        path: module.path,
        version: module.version,
        main: module.main,
        detected,
        expression: decision.expression,
        verdict: decision.verdict,
        rule: decision.rule,
        ...(decision.exception
            ? {
                exception: {
                    text: decision.exception.text,
                    line: decision.exception.line,
                    license: decision.exception.license,
                },
            }
            : {}),
        confidence: matches.length > 0 ? Math.min(...matches.map((match) => match.confidence)) : undefined,
        files,
        ...(location ? { goMod: location } : {}),
        ...(problem ? { problem } : {}),
    };
}
async function readModuleLicenses(dir, threshold, rootOnly) {
    if (dir === undefined)
        return { files: [], problem: 'module not downloaded: no files to read' };
    let found;
    try {
        found = await findLicenseFiles(dir, { rootOnly });
    }
    catch (error) {
        return { files: [], problem: `cannot read the module's files: ${error.message}` };
    }
    const files = found.map((file) => {
        if (file.text === undefined) {
            return {
                path: file.path,
                dir: file.dir,
                expression: UNKNOWN_LICENSE,
                matches: [],
                unknown: [],
                declared: [],
                problem: file.problem,
            };
        }
        const result = classifyLicenseText(file.text, threshold);
        return { path: file.path, dir: file.dir, ...result };
    });
    const root = files.filter((file) => file.dir === '' && file.expression !== undefined);
    return { files, problem: root.length === 0 ? 'no license file at the module root' : undefined };
}
/** The `license` of the report's ModuleEntry for a module (match them by path). */
function moduleEntryLicense(module) {
    return { expression: module.expression, verdict: module.verdict, rule: module.rule };
}
/** The root files' expressions, then each subdirectory's, joined with AND; unknown without a root license. */
function moduleExpression(files, noRootLicense) {
    const parts = noRootLicense ? [UNKNOWN_LICENSE] : [];
    for (const file of files) {
        if (file.expression !== undefined && !parts.includes(file.expression))
            parts.push(file.expression);
    }
    if (parts.length === 1)
        return parts[0];
    return parts
        .map((part) => (/ OR /.test(part) && !/^\(.*\)$/.test(part) ? `(${part})` : part))
        .join(' AND ');
}
function findingsFor(module, policy) {
    const at = module.goMod ? { file: module.goMod.file, line: module.goMod.line } : {};
    const name = module.version ? `${module.path}@${module.version}` : module.path;
    if (module.verdict === 'denied') {
        return [
            {
                kind: 'policy',
                severity: policy.warnOnly ? 'warning' : 'error',
                area: 'license',
                message: `${name}: license ${module.expression} is not allowed (${module.rule}); found in ${filesText(module)}`,
                module: module.path,
                version: module.version,
                ...at,
            },
        ];
    }
    if (module.verdict === 'unknown') {
        const where = module.problem ?? `license files: ${module.files.map((file) => file.path).join(', ')}`;
        const fails = isGating(policy) && policy.unknownLicense === 'fail' && !policy.warnOnly;
        return [
            {
                kind: 'policy',
                severity: fails ? 'error' : 'warning',
                area: 'license',
                message: `${name}: license not identified (${where}; expression ${module.expression}); add a license-exceptions line if you have checked it`,
                module: module.path,
                version: module.version,
                ...at,
            },
        ];
    }
    return [];
}
function filesText(module) {
    if (module.exception)
        return `license-exceptions line ${module.exception.line}`;
    return (module.files.map((file) => `${file.path} (${file.expression ?? 'empty'})`).join(', ') || 'no license file');
}
function countLicenses(modules) {
    const counts = new Map();
    for (const module of modules) {
        const ids = new Set(module.expression.match(/[A-Za-z0-9.+-]+/g)?.filter((id) => !/^(AND|OR|WITH)$/.test(id)) ?? []);
        for (const id of ids)
            counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return [...counts]
        .map(([license, count]) => ({ license, modules: count }))
        .sort((a, b) => b.modules - a.modules || (a.license < b.license ? -1 : 1));
}

;// CONCATENATED MODULE: ./.build/steps/licenses.js





/**
 * Identifies and gates every module's license. With `license-scope: imports` only modules that
 * provide packages to `go list -deps -test ./...` are gated (what go-licenses users expect).
 * Annotations name go.mod relative to the workspace, as GitHub wants them.
 */
async function checkLicenses(input) {
    const { config, project } = input;
    const inScope = config.licenseScope === 'imports'
        ? await listImportedModules(input.runGo, {
            cwd: input.cwd,
            env: input.childEnv,
            timeoutMs: config.timeoutMs,
        })
        : undefined;
    const goModFile = project.mode === 'module' ? project.goModFiles[0] : undefined;
    const mainGoMod = goModFile
        ? {
            file: external_node_path_namespaceObject.relative(input.workspaceRoot, goModFile) || 'go.mod',
            text: await promises_namespaceObject.readFile(goModFile, 'utf8'),
        }
        : undefined;
    const report = await evaluateLicenses(input.modules, licensePolicyFromConfig(config), {
        mainGoMod,
        inScope,
    });
    const denied = report.modules.filter((m) => m.verdict === 'denied').length;
    const unknown = report.modules.filter((m) => m.verdict === 'unknown').length;
    input.logger.info(report.gating
        ? `${report.modules.length} modules: ${denied} not allowed, ${unknown} unknown${inScope ? ` (scope: ${inScope.size} imported modules)` : ''}`
        : `${report.modules.length} modules: licenses reported, not gated (set license-allow or license-deny to gate them)`);
    return report;
}

;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
;// CONCATENATED MODULE: ./.build/goproxy/latency-stats.js
/**
 * The nearest-rank percentile (0 < p ≤ 100) of the samples: the smallest sample with at least p %
 * of the samples at or below it. 0 for no samples.
 */
function percentile(samples, p) {
    if (samples.length === 0)
        return 0;
    const sorted = [...samples].sort((a, b) => a - b);
    const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
    return sorted[rank - 1];
}
/** Summarizes samples; values are rounded to whole milliseconds. */
function summarizeLatency(samples) {
    const sorted = [...samples].sort((a, b) => a - b);
    const at = (p) => Math.round(percentile(sorted, p));
    return {
        samples: sorted.length,
        p50Ms: at(50),
        p95Ms: at(95),
        p99Ms: at(99),
        maxMs: sorted.length === 0 ? 0 : Math.round(sorted[sorted.length - 1]),
    };
}
/** The last `size` samples, for rolling percentiles. */
class RollingWindow {
    size;
    values = [];
    constructor(size) {
        this.size = size;
    }
    add(value) {
        this.values.push(value);
        if (this.values.length > this.size)
            this.values.shift();
    }
    get length() {
        return this.values.length;
    }
    get full() {
        return this.values.length >= this.size;
    }
    percentile(p) {
        return percentile(this.values, p);
    }
    clear() {
        this.values.length = 0;
    }
}

;// CONCATENATED MODULE: ./.build/goproxy/breaker.js

const DEFAULT_BREAKER_OPTIONS = {
    window: 20,
    consecutiveFailures: 3,
    coolDownMs: 30_000,
};
/**
 * A circuit breaker for one upstream: closed → open when the rolling p95 of the last `window`
 * requests exceeds the budget or after `consecutiveFailures` timeouts/errors in a row; open →
 * half-open after the cool-down, when exactly one trial request is let through; the trial's
 * outcome closes it or opens it again. Every transition is kept with its time and reason.
 */
class CircuitBreaker {
    budgetMs;
    options;
    now;
    onTransition;
    current = 'closed';
    openedAt = 0;
    failures = 0;
    trialInFlight = false;
    recent;
    transitions = [];
    constructor(budgetMs, options, now, onTransition = () => { }) {
        this.budgetMs = budgetMs;
        this.options = options;
        this.now = now;
        this.onTransition = onTransition;
        this.recent = new RollingWindow(options.window);
    }
    /** The state now (an open breaker whose cool-down is over reads as half-open). */
    get state() {
        if (this.current === 'open' && this.now() - this.openedAt >= this.options.coolDownMs)
            return 'half-open';
        return this.current;
    }
    /** Asks to send a request. In half-open state only the first asker gets it, as the trial. */
    admit() {
        if (this.state === 'half-open' && this.current === 'open') {
            this.move('half-open', `cool-down of ${this.options.coolDownMs} ms over`);
        }
        switch (this.current) {
            case 'closed':
                return 'normal';
            case 'open':
                return 'refused';
            case 'half-open':
                if (this.trialInFlight)
                    return 'refused';
                this.trialInFlight = true;
                return 'trial';
        }
    }
    /** The recent time to headers (ms) at the given percentile, over the rolling window. */
    recentPercentile(p) {
        return this.recent.percentile(p);
    }
    get recentSamples() {
        return this.recent.length;
    }
    /** Records what a request admitted by admit() came to. */
    record(admission, outcome) {
        if (admission === 'trial') {
            this.trialInFlight = false;
            if (this.current !== 'half-open')
                return;
            if (outcome.kind === 'answered' && outcome.ms <= this.budgetMs) {
                this.recent.clear();
                this.failures = 0;
                this.move('closed', `trial request answered in ${Math.round(outcome.ms)} ms`);
            }
            else {
                this.open(`trial request ${describe(outcome, this.budgetMs)}`);
            }
            return;
        }
        if (this.current !== 'closed')
            return;
        this.recent.add(outcome.ms);
        const failed = outcome.kind !== 'answered' || outcome.ms > this.budgetMs;
        this.failures = failed ? this.failures + 1 : 0;
        if (this.failures >= this.options.consecutiveFailures) {
            this.open(`${this.failures} consecutive timeouts or errors (last: ${describe(outcome, this.budgetMs)})`);
        }
        else if (this.recent.full && this.recent.percentile(95) > this.budgetMs) {
            this.open(`p95 of the last ${this.recent.length} requests ${Math.round(this.recent.percentile(95))} ms > budget ${this.budgetMs} ms`);
        }
    }
    /** A trial request that ended without telling anything (it lost a race before its budget). */
    release(admission) {
        if (admission === 'trial')
            this.trialInFlight = false;
    }
    /** Opens the breaker whatever its state (the start-up probe failed). */
    open(reason) {
        this.openedAt = this.now();
        this.failures = 0;
        this.recent.clear();
        if (this.current !== 'open')
            this.move('open', reason);
    }
    move(to, reason) {
        const transition = { at: this.now(), from: this.current, to, reason };
        this.current = to;
        this.transitions.push(transition);
        this.onTransition(transition);
    }
}
function describe(outcome, budgetMs) {
    switch (outcome.kind) {
        case 'answered':
            return outcome.ms > budgetMs
                ? `answered after ${Math.round(outcome.ms)} ms, over the ${budgetMs} ms budget`
                : `answered in ${Math.round(outcome.ms)} ms`;
        case 'timeout':
            return `no response headers within ${budgetMs} ms`;
        case 'error':
            return outcome.reason;
    }
}

;// CONCATENATED MODULE: ./.build/goproxy/relay-accounts.js


const MAX_FAILURES = 100;
/** Everything the relay counts, and the report made from it. */
class RelayAccounts {
    budgetMs;
    now;
    states;
    flights = new Set();
    routes = new Map();
    headerTimes = [];
    failures = [];
    fallbacks = 0;
    constructor(upstreams, budgetMs, breakerOptions, now, onTransition) {
        this.budgetMs = budgetMs;
        this.now = now;
        this.states = upstreams.map((upstream) => {
            const state = {
                upstream,
                breaker: undefined,
                requests: 0,
                outcomes: new Map(),
                latencies: [],
                bytes: 0,
                hedgesFired: 0,
                hedgesWon: 0,
            };
            state.breaker = new CircuitBreaker(budgetMs, breakerOptions, now, (t) => onTransition(state, t));
            return state;
        });
    }
    beginFlight(request, since) {
        const flight = { request, since, phase: 'headers', waitingOn: [] };
        this.flights.add(flight);
        return flight;
    }
    endFlight(flight) {
        this.flights.delete(flight);
    }
    headersAnswered(ms) {
        this.headerTimes.push(ms);
    }
    fallback() {
        this.fallbacks++;
    }
    failed(flight, status, reason) {
        if (this.failures.length >= MAX_FAILURES)
            return;
        const r = flight.request;
        this.failures.push({
            ...(r.kind === 'sumdb' ? {} : { module: r.module }),
            ...('version' in r ? { version: r.version } : {}),
            kind: r.kind,
            status,
            reason: reason.trim(),
        });
    }
    bytes(state, n) {
        state.bytes += n;
    }
    /** A whole 200 body reached `go`: the module version came by this upstream. */
    served(flight, state) {
        const r = flight.request;
        if (r.kind !== 'info' && r.kind !== 'mod' && r.kind !== 'zip')
            return;
        const key = `${r.module}@${r.version}`;
        const known = this.routes.get(key);
        if (!known || known.kind !== 'zip')
            this.routes.set(key, { upstream: state.upstream.name, kind: r.kind });
    }
    bodyFailed(state, outcome, ms) {
        count(state, outcome);
        state.breaker.record('normal', { kind: 'error', ms, reason: `body ${outcome}` });
    }
    routeOf(modulePath, version) {
        return this.routes.get(`${modulePath}@${version}`)?.upstream;
    }
    pending() {
        const at = this.now();
        return [...this.flights].map((f) => {
            const r = f.request;
            return {
                ...(r.kind === 'sumdb' ? {} : { module: r.module }),
                ...('version' in r ? { version: r.version } : {}),
                kind: r.kind === 'sumdb' ? `sumdb ${r.db}/${r.rest}` : r.kind,
                upstreams: [...f.waitingOn],
                phase: f.phase,
                since: new Date(f.since).toISOString(),
                waitingMs: Math.max(0, at - f.since),
            };
        });
    }
    report(stallTimeoutMs, nextProxy) {
        const upstreams = this.states.map((s) => ({
            name: s.upstream.name,
            requests: s.requests,
            outcomes: Object.fromEntries(s.outcomes),
            latency: summarizeLatency(s.latencies),
            bytes: s.bytes,
            hedgesFired: s.hedgesFired,
            hedgesWon: s.hedgesWon,
            breaker: {
                state: s.breaker.state,
                transitions: s.breaker.transitions.map((t) => ({ ...t, at: new Date(t.at).toISOString() })),
            },
        }));
        return {
            latencyBudgetMs: this.budgetMs,
            stallTimeoutMs,
            nextProxy,
            upstreams,
            requests: this.headerTimes.length,
            p95Ms: summarizeLatency(this.headerTimes).p95Ms,
            fallbacks: this.fallbacks,
            modules: [...this.routes].map(([key, route]) => {
                const at = key.lastIndexOf('@');
                return { path: key.slice(0, at), version: key.slice(at + 1), upstream: route.upstream };
            }),
            failures: [...this.failures],
            pending: this.pending(),
        };
    }
}
/** Adds one to an outcome counter of the upstream. */
function count(state, outcome) {
    state.outcomes.set(outcome, (state.outcomes.get(outcome) ?? 0) + 1);
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
;// CONCATENATED MODULE: ./.build/goproxy/upstream-request.js




function createAgents() {
    return { http: new external_node_http_namespaceObject.Agent({ keepAlive: true }), https: new external_node_https_namespaceObject.Agent({ keepAlive: true }) };
}
const MAX_REDIRECTS = 10;
/**
 * GETs `requestPath` (case-encoded, starting with `/`) from the upstream, following redirects as
 * Go's http client does (at most 10, never https → http). The Authorization header goes to the
 * upstream's own origin only, never to a redirect target elsewhere.
 */
function callUpstream(upstream, requestPath, agents) {
    if (upstream.directory !== undefined)
        return callDirectory(upstream.directory, requestPath);
    const origin = new URL(upstream.url).origin;
    let current;
    let currentResponse;
    let aborted = false;
    const response = new Promise((resolve, reject) => {
        const get = (target, redirects) => {
            if (aborted)
                return reject(new Error('aborted'));
            const client = target.protocol === 'https:' ? external_node_https_namespaceObject : external_node_http_namespaceObject;
            const headers = { 'User-Agent': 'go-module-warden-relay' };
            if (upstream.authorization && target.origin === origin)
                headers.Authorization = upstream.authorization;
            const request = client.get(target, { agent: target.protocol === 'https:' ? agents.https : agents.http, headers }, (res) => {
                currentResponse = res;
                const status = res.statusCode ?? 0;
                const location = res.headers.location;
                if (status >= 300 && status < 400 && status !== 304 && location) {
                    res.resume();
                    let next;
                    try {
                        next = new URL(location, target);
                    }
                    catch {
                        return reject(new Error(`redirect to an invalid URL`));
                    }
                    if (redirects >= MAX_REDIRECTS)
                        return reject(new Error('stopped after 10 redirects'));
                    if (target.protocol === 'https:' && next.protocol !== 'https:')
                        return reject(new Error('redirect from https to http refused'));
                    if (next.protocol !== 'http:' && next.protocol !== 'https:')
                        return reject(new Error('redirect to a non-HTTP URL refused'));
                    return get(next, redirects + 1);
                }
                resolve({
                    status,
                    contentType: res.headers['content-type'],
                    contentLength: res.headers['content-length'],
                    body: res,
                });
            });
            current = request;
            request.on('error', (error) => reject(error));
        };
        get(new URL(upstream.url + requestPath), 0);
    });
    // Nobody may be listening any more when an aborted call rejects.
    response.catch(() => { });
    return {
        response,
        abort() {
            aborted = true;
            currentResponse?.destroy();
            current?.destroy(new Error('aborted'));
        },
    };
}
const CONTENT_TYPES = {
    '.info': 'application/json',
    '.json': 'application/json',
    '.zip': 'application/zip',
};
// A file:// GOPROXY entry: the module cache's download directory layout, 404 for missing files.
function callDirectory(directory, requestPath) {
    const file = external_node_path_namespaceObject.join(directory, ...requestPath.split('/').filter((e) => e !== ''));
    let stream;
    const response = (async () => {
        const stat = await external_node_fs_namespaceObject.promises.stat(file).catch(() => undefined);
        if (!stat?.isFile() || !file.startsWith(directory + external_node_path_namespaceObject.sep)) {
            const { Readable } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 75, 19));
            return {
                status: 404,
                contentType: 'text/plain; charset=utf-8',
                contentLength: undefined,
                body: Readable.from([Buffer.from(`not found: ${requestPath}`)]),
            };
        }
        stream = external_node_fs_namespaceObject.createReadStream(file);
        return {
            status: 200,
            contentType: CONTENT_TYPES[external_node_path_namespaceObject.extname(file)] ?? 'text/plain; charset=utf-8',
            contentLength: String(stat.size),
            body: stream,
        };
    })();
    response.catch(() => { });
    return { response, abort: () => stream?.destroy() };
}
/** Reads at most `limit` bytes of a (small, error) body as text, giving up after `timeoutMs`. */
function readSmallBody(body, limit, timeoutMs) {
    return new Promise((resolve) => {
        const chunks = [];
        let size = 0;
        const done = () => {
            clearTimeout(timer);
            body.removeAllListeners('data');
            body.destroy();
            resolve(Buffer.concat(chunks).toString('utf8').slice(0, limit));
        };
        const timer = setTimeout(done, timeoutMs);
        body.on('data', (chunk) => {
            chunks.push(chunk);
            size += chunk.length;
            if (size >= limit)
                done();
        });
        body.on('end', done);
        body.on('error', done);
        body.on('close', done);
    });
}

;// CONCATENATED MODULE: ./.build/goproxy/relay-route.js



/** Once an upstream's recent median is over the budget, hedge after this fraction of the budget. */
const EARLY_HEDGE_FRACTION = 0.25;
/**
 * Routes one request through the upstreams with cmd/go's list semantics (modfetch/proxy.go
 * TryProxies: `,` moves on only after 404/410, `|` after any error), each upstream request bounded
 * by the latency budget. With next-proxy: any failure or breach moves on whatever the separator,
 * and a hedged request starts on the next upstream when the budget passes (earlier for an upstream
 * whose recent median is over it); the first 200 wins and the others are aborted. When every
 * upstream has failed or breached, the answer is an error at once, so `go` never waits longer.
 */
function routeRequest(ctx, flight, requestPath, signal) {
    const budget = ctx.latencyBudgetMs;
    return new Promise((resolve) => {
        const live = new Set();
        const reasons = [];
        let next = 0;
        let stopped = false;
        let finished = false;
        let degraded = false;
        let errors = 0;
        let reads = 0;
        let notFound;
        const countOnce = (a, outcome) => {
            if (a.counted)
                return;
            a.counted = true;
            count(a.state, outcome);
        };
        const settle = (a) => {
            a.done = true;
            for (const t of a.timers)
                clearTimeout(t);
            live.delete(a);
            flight.waitingOn = [...live].map((x) => x.state.upstream.name);
        };
        const cancel = (a) => {
            settle(a);
            a.call.abort();
            if (!a.recorded)
                a.state.breaker.release(a.admission);
            countOnce(a, 'cancelled');
        };
        const finish = (result) => {
            if (finished)
                return;
            finished = true;
            signal.removeEventListener('abort', onAbort);
            for (const a of [...live])
                cancel(a);
            resolve(result);
        };
        const onAbort = () => finish({ kind: 'answer', status: 499, text: 'client gone\n', degraded: false });
        signal.addEventListener('abort', onAbort);
        const fail = (a, reason, mayMoveOn) => {
            errors++;
            degraded = true;
            reasons.push(`${a.state.upstream.name}: ${reason}`);
            if (!mayMoveOn)
                stopped = true;
        };
        const onBreach = (a) => {
            if (a.done)
                return;
            a.breached = true;
            a.overtaken = true;
            a.recorded = true;
            a.state.breaker.record(a.admission, { kind: 'timeout', ms: ctx.now() - a.started });
            countOnce(a, 'timeout');
            fail(a, `no response headers within ${budget} ms`, ctx.nextProxy || a.state.upstream.fallBackOnError);
            // Without next-proxy there is no race to keep it in: the breach is an error like any other.
            if (!ctx.nextProxy) {
                settle(a);
                a.call.abort();
            }
            pump();
        };
        const onEarlyHedge = (a) => {
            if (a.done || a.overtaken)
                return;
            a.overtaken = true;
            ctx.logger.debug(`${a.state.upstream.name}: recent median over budget; hedging early`);
            pump();
        };
        const onResponse = (a, response) => {
            if (a.done || finished) {
                response.body.destroy();
                return;
            }
            const ms = ctx.now() - a.started;
            settle(a);
            a.state.latencies.push(ms);
            const status = response.status;
            countOnce(a, String(status));
            const record = (kind) => {
                if (a.recorded)
                    return;
                a.recorded = true;
                a.state.breaker.record(a.admission, kind === 'answered' ? { kind, ms } : { kind, ms, reason: `answered ${status}` });
            };
            if (status === 200) {
                record('answered');
                if (a.hedge)
                    a.state.hedgesWon++;
                finish({ kind: 'winner', winner: a.state, response, degraded });
                return;
            }
            if (status === 404 || status === 410) {
                record('answered');
                reads++;
                void readSmallBody(response.body, 4096, ctx.stallTimeoutMs).then((text) => {
                    reads--;
                    notFound = { status, text: text || `not found: ${requestPath}\n` };
                    pump();
                });
                pump();
                return;
            }
            response.body.destroy();
            const serverError = status >= 500;
            record(serverError ? 'error' : 'answered');
            const moveOn = a.state.upstream.fallBackOnError || (serverError && ctx.nextProxy);
            fail(a, `${status} ${external_node_http_namespaceObject.STATUS_CODES[status] ?? ''}`.trim(), moveOn);
            pump();
        };
        const onError = (a, error) => {
            if (a.done)
                return;
            settle(a);
            if (!a.recorded) {
                a.recorded = true;
                a.state.breaker.record(a.admission, {
                    kind: 'error',
                    ms: ctx.now() - a.started,
                    reason: describeNetworkError(error),
                });
            }
            countOnce(a, 'error');
            fail(a, describeNetworkError(error), ctx.nextProxy || a.state.upstream.fallBackOnError);
            pump();
        };
        const launch = (state, admission) => {
            const hedge = live.size > 0;
            if (hedge) {
                for (const a of live)
                    if (a.overtaken)
                        a.state.hedgesFired++;
                ctx.logger.debug(ctx.redact(`${requestPath}: hedging to ${state.upstream.name}`));
            }
            state.requests++;
            const a = {
                state,
                admission,
                started: ctx.now(),
                hedge,
                call: callUpstream(state.upstream, requestPath, ctx.agents),
                timers: [],
                overtaken: false,
                breached: false,
                done: false,
                recorded: false,
                counted: false,
            };
            live.add(a);
            flight.waitingOn = [...live].map((x) => x.state.upstream.name);
            a.timers.push(setTimeout(() => onBreach(a), budget));
            if (ctx.nextProxy && predictsBreach(state, budget))
                a.timers.push(setTimeout(() => onEarlyHedge(a), Math.round(budget * EARLY_HEDGE_FRACTION)));
            a.call.response.then((response) => onResponse(a, response), (error) => onError(a, error));
        };
        const pump = () => {
            if (finished)
                return;
            const fresh = [...live].some((a) => !a.overtaken);
            if (!fresh && !stopped) {
                while (next < ctx.states.length) {
                    const state = ctx.states[next++];
                    const admission = state.breaker.admit();
                    if (admission === 'refused') {
                        count(state, 'skipped');
                        fail({ state }, `circuit open (${state.breaker.transitions.at(-1)?.reason ?? 'no reason'})`, ctx.nextProxy || state.upstream.fallBackOnError);
                        if (stopped)
                            break;
                        continue;
                    }
                    launch(state, admission);
                    return;
                }
            }
            const exhausted = stopped || next >= ctx.states.length;
            if (reads > 0 || !exhausted)
                return;
            if (live.size > 0 && ![...live].every((a) => a.breached))
                return;
            // Nothing left to try, and nothing in flight that is still within its budget.
            if (errors === 0) {
                finish({
                    kind: 'answer',
                    status: notFound?.status ?? 404,
                    text: notFound?.text ?? `not found: ${requestPath}: no upstream proxy\n`,
                    degraded: false,
                });
                return;
            }
            finish({
                kind: 'answer',
                status: 502,
                text: `go-module-warden relay: ${requestPath}: no upstream answered within the ${budget} ms budget (${reasons.join('; ')})\n`,
                degraded: true,
            });
        };
        pump();
    });
}
/** The upstream's recent median time to headers is over the budget: this request will likely breach. */
function predictsBreach(state, budget) {
    return state.breaker.recentSamples >= 3 && state.breaker.recentPercentile(50) > budget;
}
function describeNetworkError(error) {
    const code = error.code;
    const message = error instanceof Error ? error.message : String(error);
    return typeof code === 'string' && !message.includes(code) ? `${code} ${message}` : message;
}

;// CONCATENATED MODULE: ./.build/goproxy/relay-stream.js
/**
 * Streams an upstream body to `go` with backpressure, never holding more than a chunk or two.
 * The stall clock runs only while we wait on the upstream (not while `go` is slow to read); a
 * stall or a body that ends early destroys `go`'s connection, so `go` sees a failed download
 * rather than a short file.
 */
function pipeBody(body, res, stallTimeoutMs, onBytes) {
    return new Promise((resolve) => {
        let timer;
        let settled = false;
        const settle = (outcome) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            body.removeListener('data', onData);
            res.removeListener('drain', onDrain);
            if (outcome === 'complete') {
                res.end();
            }
            else {
                body.destroy();
                res.destroy();
            }
            resolve(outcome);
        };
        const arm = () => {
            clearTimeout(timer);
            timer = setTimeout(() => settle('stalled'), stallTimeoutMs);
        };
        const onData = (chunk) => {
            onBytes(chunk.length);
            if (!res.write(chunk)) {
                body.pause();
                clearTimeout(timer);
            }
            else
                arm();
        };
        const onDrain = () => {
            if (settled)
                return;
            arm();
            body.resume();
        };
        body.on('data', onData);
        res.on('drain', onDrain);
        body.on('end', () => {
            const complete = body.complete;
            settle(complete === false ? 'truncated' : 'complete');
        });
        body.on('error', () => settle('truncated'));
        body.on('close', () => {
            // A close before 'end' means the body was cut off.
            if (!settled)
                settle(body.complete === true ? 'complete' : 'truncated');
        });
        res.on('close', () => {
            if (!settled && !res.writableFinished)
                settle('client-gone');
        });
        arm();
    });
}

;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./.build/goproxy/netrc.js
/**
 * Parses a netrc file: `machine`, `default`, `login`, `password`, `account` and `macdef` (whose
 * body runs to the next empty line). Entries without both a login and a password are dropped,
 * as cmd/go/internal/auth/netrc.go parseNetrc does; unlike it, `default` is kept (for hosts
 * without a machine entry).
 */
function parseNetrc(data) {
    const entries = [];
    let current;
    const flush = () => {
        if (current?.login && current.password !== undefined && current.password !== '')
            entries.push({ machine: current.machine, login: current.login, password: current.password });
        current = undefined;
    };
    const lines = data.split(/\r?\n/);
    for (let n = 0; n < lines.length; n++) {
        const tokens = lines[n]
            .trim()
            .split(/\s+/)
            .filter((t) => t !== '');
        if (tokens[0]?.startsWith('#'))
            continue;
        for (let i = 0; i < tokens.length; i++) {
            const token = tokens[i];
            switch (token) {
                case 'machine':
                    flush();
                    current = { machine: tokens[++i] };
                    break;
                case 'default':
                    flush();
                    current = { machine: undefined };
                    break;
                case 'login':
                    if (current)
                        current.login = tokens[i + 1];
                    i++;
                    break;
                case 'password':
                    if (current)
                        current.password = tokens[i + 1];
                    i++;
                    break;
                case 'account':
                    i++;
                    break;
                case 'macdef':
                    // The macro body runs from the next line to an empty line.
                    while (n + 1 < lines.length && lines[n + 1].trim() !== '')
                        n++;
                    i = tokens.length;
                    break;
            }
        }
    }
    flush();
    return entries;
}
/** The credentials for a host (`hostname` or `hostname:port`): its machine entry, else `default`. */
function netrcCredentials(entries, host) {
    const hostname = host.replace(/:\d+$/, '');
    const match = entries.find((e) => e.machine !== undefined && e.machine.toLowerCase() === host.toLowerCase()) ??
        entries.find((e) => e.machine !== undefined && e.machine.toLowerCase() === hostname.toLowerCase()) ??
        entries.find((e) => e.machine === undefined);
    return match && { login: match.login, password: match.password };
}

;// CONCATENATED MODULE: ./.build/goproxy/upstream.js


/**
 * The upstreams of a GOPROXY list: its URL entries up to `direct` or `off` (which end the list and
 * are handled by `go` itself), with userinfo moved into an Authorization header, or credentials
 * from the netrc for the upstream's host. Returns the secrets to register for redaction.
 */
function prepareUpstreams(specs, netrc) {
    const entries = netrc === undefined ? [] : parseNetrc(netrc);
    const upstreams = [];
    const secrets = new Set();
    for (const spec of specs) {
        if (spec.kind !== 'url')
            break;
        const url = new URL(spec.url);
        let login = decodeURIComponent(url.username);
        let password = decodeURIComponent(url.password);
        url.username = '';
        url.password = '';
        const base = url.href.replace(/\/+$/, '');
        if (url.protocol === 'file:') {
            upstreams.push({
                index: upstreams.length,
                url: base,
                name: `file:${(0,external_node_url_namespaceObject.fileURLToPath)(url)}`,
                fallBackOnError: spec.fallBackOnError,
                authorization: undefined,
                directory: (0,external_node_url_namespaceObject.fileURLToPath)(url),
            });
            continue;
        }
        if (login === '' && password === '') {
            const fromNetrc = netrcCredentials(entries, url.host);
            if (fromNetrc)
                ({ login, password } = fromNetrc);
        }
        let authorization;
        if (login !== '' || password !== '') {
            const token = Buffer.from(`${login}:${password}`).toString('base64');
            authorization = `Basic ${token}`;
            for (const secret of [password, `${login}:${password}`, token])
                if (secret.length >= 3)
                    secrets.add(secret);
            // A user name alone (a token in the user slot) is a secret too.
            if (password === '' && login.length >= 3)
                secrets.add(login);
        }
        const path = url.pathname.replace(/\/+$/, '');
        upstreams.push({
            index: upstreams.length,
            url: base,
            name: `${url.host}${path}`,
            fallBackOnError: spec.fallBackOnError,
            authorization,
            directory: undefined,
        });
    }
    return { upstreams, secrets: [...secrets] };
}
/** Replaces every secret in the text, and any userinfo in URLs, by `***`. */
function redactSecrets(text, secrets) {
    let out = text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@]+@/gi, '$1***@');
    for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
        out = out.split(secret).join('***');
        const encoded = encodeURIComponent(secret);
        if (encoded !== secret)
            out = out.split(encoded).join('***');
    }
    return out;
}

;// CONCATENATED MODULE: ./.build/goproxy/relay.js








/** The default probe: any GOPROXY answers it quickly (200 or 404); only the time to headers counts. */
const DEFAULT_PROBE_PATH = '/sumdb/sum.golang.org/supported';
/**
 * The GOPROXY value for the child `go`: the relay, then `|direct` when direct fetches are an
 * allowed fallback (so any relay error sends `go` to the VCS), else the relay alone (so `go`
 * fails with the relay's one-line reason).
 */
function childGoproxy(relayUrl, fallback) {
    return fallback.includes('direct') ? `${relayUrl}|direct` : relayUrl;
}
/**
 * Starts the loopback relay on 127.0.0.1 (random port). Each GET from `go` is routed to the
 * upstreams with per-request deadlines, hedging and circuit breakers (see relay-route.ts);
 * bodies are streamed with backpressure and a stall timeout.
 */
async function startRelay(options) {
    const now = options.now ?? Date.now;
    const { upstreams, secrets } = prepareUpstreams(options.upstreams, options.netrc);
    const redact = (text) => redactSecrets(text, secrets);
    const logger = options.logger;
    const breakerOptions = { ...DEFAULT_BREAKER_OPTIONS, ...options.breaker };
    const onTransition = (state, t) => {
        const line = `${state.upstream.name}: circuit ${t.from} → ${t.to}: ${t.reason}`;
        logger.info(redact(t.to === 'open' ? `${line}; retried after ${breakerOptions.coolDownMs} ms` : line));
    };
    const accounts = new RelayAccounts(upstreams, options.latencyBudgetMs, breakerOptions, now, onTransition);
    const agents = createAgents();
    const nextProxy = options.fallback.includes('next-proxy');
    const log = [];
    const sockets = new Set();
    const inFlight = new Set();
    let closed = false;
    const context = {
        states: accounts.states,
        latencyBudgetMs: options.latencyBudgetMs,
        stallTimeoutMs: options.stallTimeoutMs,
        nextProxy,
        agents,
        now,
        logger,
        redact,
    };
    async function handle(req, res) {
        const rawPath = (req.url ?? '/').split('?')[0];
        const request = parseProxyRequest(rawPath);
        const entry = {
            path: redact(rawPath),
            request,
            status: 0,
        };
        log.push(entry);
        const answer = (status, text) => {
            entry.status = status;
            if (res.headersSent || res.destroyed)
                return;
            const body = Buffer.from(redact(text), 'utf8');
            res.writeHead(status, {
                'Content-Type': 'text/plain; charset=utf-8',
                'Content-Length': String(body.length),
            });
            res.end(body);
        };
        if (req.method !== 'GET' && req.method !== 'HEAD')
            return answer(405, 'method not allowed\n');
        if (!request)
            return answer(404, `not found: ${rawPath} is not a module proxy request\n`);
        if (closed)
            return answer(503, 'relay closed\n');
        const arrived = now();
        const flight = accounts.beginFlight(request, arrived);
        const controller = new AbortController();
        const cancel = () => controller.abort();
        inFlight.add(cancel);
        res.on('close', () => {
            if (!res.writableFinished)
                controller.abort();
        });
        try {
            const result = await routeRequest(context, flight, proxyRequestPath(request), controller.signal);
            accounts.headersAnswered(now() - arrived);
            if (result.kind === 'answer') {
                if (result.status >= 500)
                    accounts.failed(flight, result.status, result.text);
                if (result.degraded)
                    accounts.fallback();
                return answer(result.status, result.text);
            }
            const { winner, response } = result;
            entry.status = 200;
            entry.upstream = winner.upstream.name;
            if (result.degraded)
                accounts.fallback();
            const headers = {
                'Content-Type': response.contentType ?? 'application/octet-stream',
            };
            if (response.contentLength !== undefined)
                headers['Content-Length'] = response.contentLength;
            res.writeHead(200, headers);
            flight.phase = 'body';
            flight.waitingOn = [winner.upstream.name];
            const outcome = await pipeBody(response.body, res, options.stallTimeoutMs, (n) => accounts.bytes(winner, n));
            if (outcome === 'complete') {
                accounts.served(flight, winner);
            }
            else if (outcome !== 'client-gone') {
                accounts.bodyFailed(winner, outcome, now() - arrived);
                logger.warn(redact(`${describeRequest(request)}: the body from ${winner.upstream.name} ${outcome === 'stalled' ? `stalled for ${options.stallTimeoutMs} ms` : 'ended early'}; go sees a failed download`));
            }
        }
        finally {
            inFlight.delete(cancel);
            accounts.endFlight(flight);
        }
    }
    const server = external_node_http_namespaceObject.createServer((req, res) => {
        handle(req, res).catch((error) => {
            logger.error(redact(`relay: ${error instanceof Error ? error.message : String(error)}`));
            if (!res.headersSent) {
                res.writeHead(502, { 'Content-Type': 'text/plain; charset=utf-8' });
                res.end('relay error\n');
            }
            else
                res.destroy();
        });
    });
    server.on('connection', (socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
    });
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => resolve());
    });
    const url = `http://127.0.0.1:${server.address().port}`;
    logger.info(redact(`relay on ${url} → ${upstreams.map((u) => u.name).join(', ') || '(no upstream)'}; budget ${options.latencyBudgetMs} ms per request${nextProxy ? ', hedging to the next upstream' : ''}`));
    const probes = options.probe === false ? [] : upstreams.map((u) => probe(accounts.states[u.index]));
    function probe(state) {
        const call = callUpstream(state.upstream, options.probe || DEFAULT_PROBE_PATH, agents);
        const started = now();
        const timer = setTimeout(() => {
            call.abort();
            state.breaker.open(`start-up probe: no response headers within ${options.latencyBudgetMs} ms`);
        }, options.latencyBudgetMs);
        call.response.then((response) => {
            clearTimeout(timer);
            response.body.resume();
            response.body.on('error', () => { });
            if (response.status >= 500)
                state.breaker.open(`start-up probe: answered ${response.status}`);
            else
                state.breaker.record('normal', { kind: 'answered', ms: now() - started });
        }, (error) => {
            clearTimeout(timer);
            if (closed)
                return;
            state.breaker.open(`start-up probe: ${error instanceof Error ? error.message : String(error)}`);
        });
        return {
            abort() {
                clearTimeout(timer);
                call.abort();
            },
        };
    }
    return {
        url,
        async close() {
            closed = true;
            for (const p of probes)
                p.abort();
            for (const cancel of inFlight)
                cancel();
            await new Promise((resolve) => {
                server.close(() => resolve());
                server.closeAllConnections();
                for (const socket of sockets)
                    socket.destroy();
            });
            agents.http.destroy();
            agents.https.destroy();
        },
        report: () => JSON.parse(redact(JSON.stringify(accounts.report(options.stallTimeoutMs, nextProxy)))),
        routeOf: (modulePath, version) => accounts.routeOf(modulePath, version),
        pending: () => JSON.parse(redact(JSON.stringify(accounts.pending()))),
        secrets: () => [...secrets],
        requestLog: () => log,
    };
}
/** `module@version .kind` or the sumdb path, for log lines. */
function describeRequest(request) {
    switch (request.kind) {
        case 'sumdb':
            return `sumdb ${request.db}/${request.rest}`;
        case 'list':
        case 'latest':
            return `${request.module} ${request.kind}`;
        default:
            return `${request.module}@${request.version} .${request.kind}`;
    }
}

;// CONCATENATED MODULE: ./.build/steps/relay.js





/**
 * Starts the loopback relay in front of the configured upstreams. `direct` follows the relay
 * only when it is an allowed fallback and the user's list does not end in `off` (which says:
 * never fetch from the origin).
 */
async function planRelay(input) {
    const { config, settings } = input;
    if (!settings.proxy.some((spec) => spec.kind === 'url')) {
        input.logger.info(`GOPROXY=${formatProxyList(settings.proxy)}: no proxy to relay, go fetches as configured`);
        return { relay: undefined, goproxy: formatProxyList(settings.proxy), sumdbProxies: settings.proxy };
    }
    const endsInOff = settings.proxy.some((spec) => spec.kind === 'off');
    const fallback = config.fallback.filter((f) => !(f === 'direct' && endsInOff));
    const relay = await startRelay({
        upstreams: settings.proxy,
        latencyBudgetMs: config.latencyBudgetMs,
        stallTimeoutMs: config.stallTimeoutMs,
        fallback,
        netrc: await readNetrc(input.env),
        logger: input.logger,
    });
    for (const secret of relay.secrets())
        input.onSecret(secret);
    const goproxy = childGoproxy(relay.url, fallback);
    input.logger.info(`relay ${relay.url} in front of ${formatProxyList(settings.proxy).replace(/\/\/[^@/]*@/g, '//***@')}; go uses GOPROXY=${goproxy}`);
    const sumdbProxies = [
        { kind: 'url', url: relay.url, fallBackOnError: fallback.includes('direct') },
    ];
    if (fallback.includes('direct'))
        sumdbProxies.push({ kind: 'direct' });
    return { relay, goproxy, sumdbProxies };
}
/** The netrc `go` would read ($NETRC, else ~/.netrc), so the relay can authenticate as go would. */
async function readNetrc(env) {
    const file = env.NETRC || external_node_path_namespaceObject.join(env.HOME || external_node_os_namespaceObject.homedir(), '.netrc');
    try {
        return await promises_namespaceObject.readFile(file, 'utf8');
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./.build/cache/module-path.js

/** Case encoding of module paths and versions in the cache: 'A' → '!a'. Mirrors x/mod module.EscapePath. */
function escapeCasePath(text) {
    return text.replace(/[A-Z]/g, (c) => `!${c.toLowerCase()}`);
}
/**
 * The inverse of escapeCasePath; undefined when the text is not a valid encoding (an upper-case
 * letter, or '!' not followed by a-z). Mirrors x/mod module.unescapeString.
 */
function module_path_unescapeCasePath(text) {
    if (/[A-Z]/.test(text) || /![^a-z]|!$/.test(text))
        return undefined;
    return text.replace(/!([a-z])/g, (_, c) => c.toUpperCase());
}
/** Where `go` keeps a module version (cmd/go/internal/modfetch/cache.go CachePath, DownloadDir). */
function moduleCachePaths(gomodcache, module) {
    const escPath = escapeCasePath(module.path);
    const escVersion = escapeCasePath(module.version);
    const vDir = path.join(gomodcache, 'cache', 'download', ...escPath.split('/'), '@v');
    return {
        vDir,
        base: path.join(vDir, escVersion),
        extracted: path.join(gomodcache, ...`${escPath}@${escVersion}`.split('/')),
    };
}
/** `path@version`, for messages and keys. */
function moduleId(module) {
    return `${module.path}@${module.version}`;
}

;// CONCATENATED MODULE: ./.build/cache/scan.js



async function readDir(dir) {
    try {
        return await promises_namespaceObject.readdir(dir, { withFileTypes: true });
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return [];
        throw error;
    }
}
const VERSION_FILE = /^(.+)\.(info|mod|zip|ziphash|lock|partial)$/;
// Temp files from modfetch's writeDiskCache / downloadZip: os.CreateTemp(dir, base+"*.tmp").
const TEMP_FILE = /^(.+)\.(info|mod|zip|ziphash)\d*\.tmp$/;
/** Splits a `@v` directory's names by version (cmd/go/internal/modfetch/cache.go layout). */
function groupVersionFiles(names) {
    const byVersion = new Map();
    const other = [];
    for (const name of names) {
        const match = TEMP_FILE.exec(name) ?? VERSION_FILE.exec(name);
        const version = match ? module_path_unescapeCasePath(match[1]) : undefined;
        if (version === undefined || !version.startsWith('v')) {
            other.push(name);
            continue;
        }
        byVersion.set(version, [...(byVersion.get(version) ?? []), name]);
    }
    return { byVersion, other };
}
/**
 * Every module path with a `@v` directory under `<GOMODCACHE>/cache/download`, except the
 * checksum database's `sumdb/` tree. Paths that are not valid case encodings are skipped.
 */
async function scanDownloadCache(gomodcache) {
    const root = external_node_path_namespaceObject.join(gomodcache, 'cache', 'download');
    const found = [];
    const walk = async (dir, rel) => {
        for (const entry of await readDir(dir)) {
            if (!entry.isDirectory())
                continue;
            const child = external_node_path_namespaceObject.join(dir, entry.name);
            if (entry.name === '@v') {
                const modulePath = module_path_unescapeCasePath(rel.join('/'));
                if (modulePath === undefined || rel.length === 0)
                    continue;
                const names = (await readDir(child)).filter((e) => e.isFile()).map((e) => e.name);
                const { byVersion, other } = groupVersionFiles(names);
                found.push({
                    path: modulePath,
                    vDir: child,
                    other,
                    versions: [...byVersion].map(([version, files]) => ({
                        path: modulePath,
                        version,
                        vDir: child,
                        files,
                    })),
                });
            }
            else if (!(rel.length === 0 && entry.name === 'sumdb')) {
                await walk(child, [...rel, entry.name]);
            }
        }
    };
    await walk(root, []);
    return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
/** Every extracted module tree under GOMODCACHE (everything but `cache/`). */
async function scanExtractedTrees(gomodcache) {
    const found = new Map();
    const walk = async (dir, rel) => {
        for (const entry of await readDir(dir)) {
            if (rel.length === 0 && entry.name === 'cache')
                continue;
            const at = entry.name.lastIndexOf('@');
            if (at < 0) {
                if (entry.isDirectory())
                    await walk(path.join(dir, entry.name), [...rel, entry.name]);
                continue;
            }
            const partial = entry.isFile() && entry.name.endsWith('.partial');
            if (!entry.isDirectory() && !partial)
                continue;
            const escVersion = entry.name.slice(at + 1, partial ? -'.partial'.length : undefined);
            const modulePath = unescapeCasePath([...rel, entry.name.slice(0, at)].join('/'));
            const version = unescapeCasePath(escVersion);
            if (modulePath === undefined || version === undefined)
                continue;
            const treeDir = path.join(dir, entry.name.slice(0, partial ? -'.partial'.length : undefined));
            const key = `${modulePath}@${version}`;
            const before = found.get(key);
            found.set(key, {
                path: modulePath,
                version,
                dir: treeDir,
                partial: partial || (before?.partial ?? false),
            });
        }
    };
    await walk(gomodcache, []);
    return [...found.values()];
}

;// CONCATENATED MODULE: ./.build/steps/routes.js


/** The module versions whose zip is in the module cache now: those `go` will not fetch. */
async function zipsInCache(gomodcache) {
    const present = new Set();
    for (const module of await scanDownloadCache(gomodcache)) {
        for (const version of module.versions) {
            if (version.files.includes(`${version.version}.zip`))
                present.add(`${module.path}@${version.version}`);
        }
    }
    return present;
}
/**
 * How a module's files arrived: the cache it was already in, the upstream the relay used, a
 * local directory, or direct (a VCS fetch by `go`: GONOPROXY, or the `|direct` fallback).
 */
function routeFor(module, inCacheBefore, relayRoute) {
    if (module.main)
        return undefined;
    if (module.replace?.kind === 'local')
        return { kind: 'local' };
    const fetched = effectiveModule(module);
    if (!fetched || module.dir === undefined)
        return undefined;
    if (inCacheBefore.has(`${fetched.path}@${fetched.version}`))
        return { kind: 'cache' };
    const upstream = relayRoute(fetched.path, fetched.version);
    return upstream ? { kind: 'proxy', host: upstream } : { kind: 'direct' };
}

;// CONCATENATED MODULE: ./.build/pipeline.js
















/**
 * Config → GoEnv → relay + `go mod download -json all` → build list → checksums → licenses →
 * report. A step that fails adds its finding and stops the steps that depend on it; the report is
 * always produced, so the summary explains a failed run as well as a good one.
 */
async function runPipeline(config, io) {
    const startedAt = io.now();
    const facts = { findings: [] };
    const cwd = external_node_path_namespaceObject.resolve(config.workingDirectory);
    let plan;
    try {
        const { settings, project } = await io.logger.group('Go environment', async () => {
            const goEnv = await readGoEnv(io.runGo, cwd, io.env);
            facts.goEnv = goEnv;
            facts.settings = resolveSettings(config, goEnv);
            facts.project = await detectProject(cwd, goEnv);
            io.logger.info(`${goEnv.GOVERSION} ${goEnv.GOOS}/${goEnv.GOARCH}, ${facts.project.mode} mode${facts.project.vendor ? ', vendor/ present (using -mod=readonly)' : ''}`);
            return { settings: facts.settings, project: facts.project };
        });
        const inCacheBefore = await zipsInCache(settings.goModCache);
        plan = await planRelay({
            config,
            settings,
            env: io.env,
            logger: io.logger,
            onSecret: (s) => io.redactor.add(s),
        });
        const childEnv = buildChildEnv(io.env, settings, plan.goproxy);
        const goSumGuard = await GoSumGuard.snapshot(project.goSumCandidates);
        const goSum = goSumGuard.lines();
        try {
            await prime(config, facts, io, cwd, childEnv, plan);
            facts.modules = await io.logger.group('Build list (go list -m -json all)', async () => {
                const modules = await listBuildList(io.runGo, { cwd, env: childEnv, timeoutMs: config.timeoutMs });
                io.logger.info(`${modules.length} modules in the build list`);
                return modules;
            });
        }
        finally {
            const added = await goSumGuard.restore();
            if (added.length > 0)
                facts.findings.push(missingGoSumFinding(added));
        }
        const modules = facts.modules;
        const relay = plan.relay;
        facts.routes = new Map(modules.flatMap((m) => {
            const route = routeFor(m, inCacheBefore, (p, v) => relay?.routeOf(p, v));
            return route ? [[`${m.path}@${m.version}`, route]] : [];
        }));
        await checksumStep(config, facts, io, settings, modules, goSum, plan);
        await licenseStep(config, facts, io, project, cwd, childEnv);
    }
    catch (error) {
        if (!(error instanceof WardenError))
            throw error;
        io.logger.error(describeError(error));
        facts.findings.push(toFinding(error));
    }
    finally {
        if (plan?.relay) {
            facts.proxy = plan.relay.report();
            await plan.relay.close();
            facts.findings = withRelayReasons(facts.findings, facts.proxy.failures);
        }
    }
    return io.redactor.redactValue(buildReport(config, facts, cwd, startedAt, io.now()));
}
/** `go mod download -json all` through the relay, under the overall timeout (the watchdog). */
async function prime(config, facts, io, cwd, childEnv, plan) {
    await io.logger.group('Priming the module cache (go mod download -json all)', async () => {
        let pendingAtKill = [];
        const download = await downloadAll(io.runGo, {
            cwd,
            env: childEnv,
            timeoutMs: config.timeoutMs,
            onTimeout: () => (pendingAtKill = plan.relay?.pending() ?? []),
        });
        facts.download = download;
        for (const failure of download.failed)
            io.logger.error(`${failure.Path}@${failure.Version}: ${failure.Error}`);
        if (download.timedOut)
            facts.findings.push(...watchdogFindings(config, pendingAtKill));
        facts.findings.push(...download.failed.map(downloadFinding));
        io.logger.info(`${download.modules.length - download.failed.length} modules downloaded, ${download.failed.length} failed`);
    });
}
async function checksumStep(config, facts, io, settings, modules, goSum, plan) {
    await io.logger.group('Checksum database', async () => {
        facts.checksums = await checkChecksums({
            config,
            settings,
            modules,
            goSum,
            proxies: plan.sumdbProxies,
            fetch: io.fetch,
            logger: io.logger,
        });
        facts.findings.push(...facts.checksums.findings);
    });
}
async function licenseStep(config, facts, io, project, cwd, childEnv) {
    await io.logger.group('Licenses', async () => {
        facts.licenses = await checkLicenses({
            config,
            project,
            modules: facts.modules ?? [],
            runGo: io.runGo,
            cwd,
            childEnv,
            workspaceRoot: io.env.GITHUB_WORKSPACE || cwd,
            logger: io.logger,
        });
        facts.findings.push(...facts.licenses.findings);
    });
}
/** The watchdog fired: one finding, and one per module still pending, naming what it waited on. */
function watchdogFindings(config, pending) {
    const overall = {
        kind: 'infrastructure',
        area: 'proxy',
        message: `priming did not finish within the timeout (${duration_formatDuration(config.timeoutMs)}); the go process group was killed${pending.length > 0 ? `; ${pending.length} request(s) were still waiting` : ''}`,
    };
    return [
        overall,
        ...pending.map((p) => ({
            kind: 'infrastructure',
            area: 'proxy',
            module: p.module,
            version: p.version,
            message: `still waiting after ${duration_formatDuration(p.waitingMs)} for the ${p.kind} ${p.phase === 'headers' ? 'response headers' : 'body'} from ${p.upstreams.join(', ') || 'no upstream'}`,
        })),
    ];
}
/**
 * When the relay failed a module and `go` then failed direct as well, go reports only its last
 * error; the relay's reason (the upstream's status and message) is what the user needs first.
 */
function withRelayReasons(findings, failures) {
    return findings.map((f) => {
        if (f.area !== 'proxy' || !f.module)
            return f;
        const failure = failures.find((r) => r.module === f.module && r.version === f.version);
        if (!failure || f.message.includes(failure.reason))
            return f;
        return {
            ...f,
            message: `the relay answered ${failure.status}: ${failure.reason.trim()}; then go: ${f.message}`,
        };
    });
}
function missingGoSumFinding(added) {
    const shown = added.slice(0, 5).map((l) => `${l.path} ${l.version}`);
    return {
        kind: 'config',
        area: 'go',
        message: `go.sum is missing ${added.length} line(s) (${shown.join(', ')}${added.length > 5 ? ', …' : ''}); run 'go mod tidy' and commit go.sum. The file was left as it was.`,
    };
}
function downloadFinding(failure) {
    const message = failure.Error ?? 'download failed';
    const checksum = /SECURITY ERROR|checksum mismatch/.test(message);
    return {
        kind: checksum ? 'security' : 'infrastructure',
        area: checksum ? 'checksum' : 'proxy',
        module: failure.Path,
        version: failure.Version,
        message: checksum ? `the bytes served do not match go.sum: ${message}` : message,
    };
}

;// CONCATENATED MODULE: ./.build/report/json-report.js


/** Writes the JSON report atomically (temp file, then rename), so a reader never sees half of it. */
async function writeJsonReport(file, report) {
    await promises_namespaceObject.mkdir(external_node_path_namespaceObject.dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    await promises_namespaceObject.writeFile(temp, JSON.stringify(report, null, 2) + '\n');
    await promises_namespaceObject.rename(temp, file);
}

;// CONCATENATED MODULE: ./.build/report/redact.js
/**
 * Removes secrets (proxy credentials, netrc passwords) from anything we write: logs, the summary,
 * the JSON report, outputs. Userinfo in any URL is always hidden, registered secrets by value.
 */
class Redactor {
    onSecret;
    secrets = [];
    /** `onSecret` hears of each secret as it is added (the action edge calls core.setSecret). */
    constructor(onSecret = () => { }) {
        this.onSecret = onSecret;
    }
    add(secret) {
        if (secret && secret.length >= 3 && !this.secrets.includes(secret)) {
            this.secrets.push(secret);
            this.onSecret(secret);
            // Longest first, so a secret that contains another is replaced whole.
            this.secrets.sort((a, b) => b.length - a.length);
        }
    }
    list() {
        return this.secrets;
    }
    redact(text) {
        let out = text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@]+@/gi, '$1***@');
        for (const secret of this.secrets) {
            out = out.split(secret).join('***');
            const encoded = encodeURIComponent(secret);
            if (encoded !== secret)
                out = out.split(encoded).join('***');
        }
        return out;
    }
    /** Redacts every string inside a plain JSON value. */
    redactValue(value) {
        return JSON.parse(JSON.stringify(value), (_key, v) => typeof v === 'string' ? this.redact(v) : v);
    }
}
/** Adds the userinfo of each URL (user and password) to the redactor. */
function registerUrlSecrets(redactor, urls) {
    for (const text of urls) {
        try {
            const url = new URL(text);
            if (url.password)
                redactor.add(decodeURIComponent(url.password));
            if (url.username && url.password)
                redactor.add(`${url.username}:${url.password}`);
            else if (url.username)
                redactor.add(decodeURIComponent(url.username));
        }
        catch {
            // Not a URL (direct, off): nothing secret in it.
        }
    }
}

;// CONCATENATED MODULE: ./.build/run.js





/**
 * What main.ts and cli.ts share: parse the inputs (a ConfigError escapes before anything runs),
 * run the pipeline with the real `go`, write the JSON report. The edges render the rest.
 */
async function runWarden(raw, env, logger, onSecret) {
    const config = parseConfig(raw, runContextFromEnv(env));
    const redactor = new Redactor(onSecret);
    registerUrlSecrets(redactor, [
        ...(config.proxy ?? []).flatMap((spec) => (spec.kind === 'url' ? [spec.url] : [])),
        ...(env.GOPROXY ?? '').split(/[,|]/),
    ]);
    const report = await runPipeline(config, {
        runGo: spawnGo,
        env,
        logger,
        redactor,
        now: Date.now,
        fetch: globalThis.fetch,
    });
    await writeJsonReport(config.reportFile, report);
    return { config, report, redactor };
}

;// CONCATENATED MODULE: ./.build/cli-args.js


const BOOLEAN_INPUTS = new Set(['cache', 'warn-only']);
/** A bad command line (unknown flag, missing value): exit code 2. */
class UsageError extends Error {
}
/** Parses argv: `check [dir] --<input> value | --<input>=value …`, plus --json, --verbose, --help. */
function parseArgs(argv) {
    const inputs = {};
    let json = false;
    let verbose = false;
    let help = false;
    let version = false;
    const args = [...argv];
    if (args[0] === 'check')
        args.shift();
    else if (args.length > 0 && !args[0].startsWith('-'))
        throw new UsageError(`unknown command '${args[0]}'; the command is 'check'`);
    while (args.length > 0) {
        const arg = args.shift();
        if (arg === '--help' || arg === '-h')
            help = true;
        else if (arg === '--version')
            version = true;
        else if (arg === '--json')
            json = true;
        else if (arg === '--verbose' || arg === '-v')
            verbose = true;
        else if (arg.startsWith('--')) {
            const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
            if (!INPUTS.some((spec) => spec.name === name)) {
                const near = INPUTS.find((spec) => spec.name.startsWith(name) || name.startsWith(spec.name));
                throw new UsageError(`unknown flag '--${name}'${near ? `; did you mean '--${near.name}'?` : ''}`);
            }
            if (inline !== undefined)
                inputs[name] = inline;
            else if (BOOLEAN_INPUTS.has(name) &&
                (args.length === 0 || args[0].startsWith('-') || !/^(true|false)$/i.test(args[0]))) {
                inputs[name] = 'true';
            }
            else {
                const value = args.shift();
                if (value === undefined)
                    throw new UsageError(`flag '--${name}' needs a value`);
                inputs[name] = value;
            }
        }
        else if (inputs['working-directory'] === undefined)
            inputs['working-directory'] = arg;
        else
            throw new UsageError(`unexpected argument '${arg}'`);
    }
    return { inputs, json, verbose, help, version };
}
function helpText() {
    const flags = INPUTS.map((spec) => {
        const def = spec.default
            ? ` (default: ${spec.default})`
            : spec.computedDefault
                ? ` (default: ${spec.computedDefault.replace(/`/g, '')})`
                : '';
        return `  --${spec.name.padEnd(20)} ${spec.description.replace(/`/g, '')}${def}`;
    });
    return [
        `go-module-warden ${VERSION}: prime and verify a Go module cache, gate licenses and checksums`,
        '',
        'Usage: go-module-warden check [dir] [flags]',
        '',
        'Every input of the GitHub Action is a flag of the same name:',
        ...flags,
        '',
        '  --json                 print the JSON report on stdout (logs go to stderr)',
        '  --verbose              more detail in the log',
        '  --help                 this text',
        '',
        'Outside GitHub the cache backend is a local directory (--cache-dir, default ~/.cache/go-module-warden).',
        '',
        'Exit codes: 0 passed (or warnings only), 1 policy or checksum failure, 2 usage or config error,',
        '            3 infrastructure failure (go, a proxy, the checksum database or the cache failed us).',
    ].join('\n');
}

;// CONCATENATED MODULE: ./.build/cli.js







/** Documented exit codes (README, --help). */
const EXIT = { passed: 0, policy: 1, usage: 2, infrastructure: 3 };
async function main(argv, env) {
    let invocation;
    try {
        invocation = parseArgs(argv);
    }
    catch (error) {
        if (!(error instanceof UsageError))
            throw error;
        process.stderr.write(`go-module-warden: ${error.message}\nRun 'go-module-warden --help' for the flags.\n`);
        return EXIT.usage;
    }
    if (invocation.help) {
        process.stdout.write(helpText() + '\n');
        return EXIT.passed;
    }
    if (invocation.version) {
        process.stdout.write(`${VERSION}\n`);
        return EXIT.passed;
    }
    const logger = new StreamLogger((line) => process.stderr.write(line + '\n'), invocation.verbose);
    try {
        const { report, config } = await runWarden(invocation.inputs, env, logger);
        process.stdout.write(invocation.json ? JSON.stringify(report, null, 2) + '\n' : renderTerminal(report));
        if (!invocation.json)
            process.stderr.write(`JSON report: ${config.reportFile}\n`);
        return exitCodeFor(report.status, report.findings);
    }
    catch (error) {
        if (error instanceof WardenError) {
            process.stderr.write(`go-module-warden: ${describeError(error)}\n`);
            return error.kind === 'config'
                ? EXIT.usage
                : error.kind === 'infrastructure'
                    ? EXIT.infrastructure
                    : EXIT.policy;
        }
        process.stderr.write(`go-module-warden: internal error: ${describeError(error)}\n`);
        return EXIT.infrastructure;
    }
}
main(process.argv.slice(2), process.env).then((code) => {
    process.exitCode = code;
}, (error) => {
    process.stderr.write(`go-module-warden: internal error: ${describeError(error)}\n`);
    process.exitCode = EXIT.infrastructure;
});

