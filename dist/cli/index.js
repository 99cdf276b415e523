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
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
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
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: ./src/errors.ts
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

;// CONCATENATED MODULE: ./src/logger.ts
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

;// CONCATENATED MODULE: ./src/report/outcome.ts
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

;// CONCATENATED MODULE: ./src/config/duration.ts

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

;// CONCATENATED MODULE: ./src/report/summary.ts



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
        const where = f.module ? `\`${esc(f.module)}${f.version ? `@${esc(f.version)}` : ''}\`: ` : '';
        const label = isWarning(f) ? 'warning' : f.kind === 'security' ? 'SECURITY' : f.kind;
        return `- **${label}** (${f.area}) ${where}${esc(f.message)}`;
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
        ['GOPROXY', `\`${esc(report.settings.proxy)}\``],
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

;// CONCATENATED MODULE: ./src/report/terminal.ts



/** Plain text for the CLI: status first, then problems, then the modules. No colour codes, no markup. */
function renderTerminal(report) {
    const lines = [];
    const word = { passed: 'PASSED', warned: 'PASSED WITH WARNINGS', failed: 'FAILED' }[report.status];
    lines.push(`go-module-warden: ${word} (${report.modules.length} modules, ${duration_formatDuration(report.durationMs)})`);
    for (const f of report.findings) {
        const label = outcome_isWarning(f) ? 'warning' : f.kind === 'security' ? 'SECURITY' : f.kind;
        const where = f.module ? `${f.module}${f.version ? `@${f.version}` : ''}: ` : '';
        lines.push(`  ${label} [${f.area}] ${where}${f.message.replace(/\n/g, '\n    ')}`);
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
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_namespaceObject);
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: ./src/goproxy/proxy-list.ts

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

;// CONCATENATED MODULE: ./src/goproxy/prefix-patterns.ts

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
;// CONCATENATED MODULE: ./src/sumdb/sumdb-setting.ts


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

;// CONCATENATED MODULE: ./src/config/inputs.ts
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
var semver_default = /*#__PURE__*/__nccwpck_require__.n(semver);
;// CONCATENATED MODULE: ./src/config/scalars.ts

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

;// CONCATENATED MODULE: ./src/config/license-exceptions.ts





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
    if (versions !== undefined && semver_default().validRange(versions) === null) {
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
        if (semver_default().validRange(rangePart) !== null &&
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

;// CONCATENATED MODULE: ./src/config/spdx-ids.ts


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

;// CONCATENATED MODULE: ./src/config/config.ts











const FALLBACKS = ['next-proxy', 'cache', 'direct'];
function runContextFromEnv(env) {
    return {
        onGitHub: env.GITHUB_ACTIONS === 'true',
        tempDir: env.RUNNER_TEMP || external_node_os_default().tmpdir(),
        homeDir: external_node_os_default().homedir(),
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
        cacheDir: external_node_path_default().resolve(cacheDir ?? external_node_path_default().join(context.homeDir, '.cache', 'go-module-warden')),
        cacheKeyPrefix: parseCacheKeyPrefix(get('cache-key-prefix')),
        warnOnly: parseBoolean('warn-only', get('warn-only')),
        reportFile: external_node_path_default().resolve(optional('report-file') ?? external_node_path_default().join(context.tempDir, 'go-module-warden', 'report.json')),
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
;// CONCATENATED MODULE: ./src/go/go-command.ts


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
    const timer = options.timeoutMs === undefined ? undefined : setTimeout(kill, options.timeoutMs);
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

;// CONCATENATED MODULE: ./src/findings.ts

/** A typed error as a report finding. */
function toFinding(error) {
    const area = error instanceof ConfigError ? 'config' : error.kind === 'security' ? 'checksum' : 'go';
    return { kind: error.kind, area, message: error.message, ...error.subject };
}

;// CONCATENATED MODULE: ./src/go/child-env.ts
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

;// CONCATENATED MODULE: ./src/go/go-errors.ts

/**
 * Turns what `go` printed on failure into one typed error that says what to do. The patterns are
 * cmd/go's own messages (modfetch/fetch.go checkModSum, modload/init.go missing go.sum entry).
 */
function go_errors_classifyGoFailure(command, stderr) {
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

;// CONCATENATED MODULE: ./src/go/json-stream.ts
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

;// CONCATENATED MODULE: ./src/go/download.ts


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
        throw go_errors_classifyGoFailure('go mod download -json all', result.stderr);
    return {
        modules,
        failed,
        checksumFailures: failed.filter((m) => isChecksumFailure(m.Error ?? '')),
        timedOut: false,
    };
}

;// CONCATENATED MODULE: ./src/go/go-env.ts

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

;// CONCATENATED MODULE: ./src/go/build-list.ts
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

;// CONCATENATED MODULE: ./src/go/list.ts



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
        throw go_errors_classifyGoFailure('go list -m -json all', result.stderr);
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

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
var promises_default = /*#__PURE__*/__nccwpck_require__.n(promises_namespaceObject);
;// CONCATENATED MODULE: ./src/go/project.ts



/** Finds go.mod / go.work as `go env GOMOD GOWORK` report them for `dir`. */
async function detectProject(dir, goEnv) {
    if (goEnv.GOWORK) {
        const workDir = external_node_path_default().dirname(goEnv.GOWORK);
        const text = await promises_default().readFile(goEnv.GOWORK, 'utf8');
        const goModFiles = parseUseDirectives(text).map((use) => external_node_path_default().join(external_node_path_default().resolve(workDir, use), 'go.mod'));
        const sums = [
            external_node_path_default().join(workDir, 'go.work.sum'),
            ...goModFiles.map((f) => f.replace(/go\.mod$/, 'go.sum')),
        ];
        return {
            dir,
            mode: 'workspace',
            goModFiles,
            goSumFiles: await existing(sums),
            goSumCandidates: sums,
            goWork: goEnv.GOWORK,
            vendor: await isDir(external_node_path_default().join(workDir, 'vendor')),
        };
    }
    if (!goEnv.GOMOD || goEnv.GOMOD === '/dev/null' || goEnv.GOMOD === 'NUL') {
        throw new ProjectError(`no go.mod found in '${dir}' or any parent directory; set the 'working-directory' input to the folder that holds go.mod (or go.work)`);
    }
    const moduleDir = external_node_path_default().dirname(goEnv.GOMOD);
    return {
        dir,
        mode: 'module',
        goModFiles: [goEnv.GOMOD],
        goSumFiles: await existing([external_node_path_default().join(moduleDir, 'go.sum')]),
        goSumCandidates: [external_node_path_default().join(moduleDir, 'go.sum')],
        goWork: undefined,
        vendor: await isDir(external_node_path_default().join(moduleDir, 'vendor')),
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
            await promises_default().access(file);
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
        return (await promises_default().stat(dir)).isDirectory();
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/go/go-sum.ts

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

;// CONCATENATED MODULE: ./src/go/go-sum-guard.ts



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
        return [...this.before].flatMap(([file, text]) => text === undefined ? [] : parseGoSum(text, external_node_path_default().basename(file)));
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
                added.push(...parseGoSum(now, external_node_path_default().basename(file)).filter((l) => !had.has(`${l.path} ${l.version} ${l.hash}`)));
            if (original === undefined)
                await promises_default().rm(file, { force: true });
            else {
                const temp = `${file}.warden-${process.pid}.tmp`;
                await promises_default().writeFile(temp, original);
                await promises_default().rename(temp, file);
            }
        }
        return added;
    }
}
async function readIfExists(file) {
    try {
        return await promises_default().readFile(file, 'utf8');
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/go/settings.ts



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

;// CONCATENATED MODULE: ./src/version.ts
/** The tool's version, shown in the summary and the JSON report. Kept in step with package.json by a test. */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/pipeline.ts













/**
 * Config → GoEnv → download through the proxies → build list → report. A step that fails adds
 * its finding and stops the steps that depend on it; the report is always produced, so the
 * summary explains a failed run as well as a good one.
 */
async function runPipeline(config, io) {
    const startedAt = io.now();
    const state = { findings: [] };
    const cwd = external_node_path_default().resolve(config.workingDirectory);
    try {
        await io.logger.group('Go environment', async () => {
            state.goEnv = await readGoEnv(io.runGo, cwd, io.env);
            state.settings = resolveSettings(config, state.goEnv);
            state.project = await detectProject(cwd, state.goEnv);
            io.logger.info(`${state.goEnv.GOVERSION} ${state.goEnv.GOOS}/${state.goEnv.GOARCH}, ${state.project.mode} mode${state.project.vendor ? ', vendor/ present (using -mod=readonly)' : ''}`);
        });
        const settings = state.settings;
        const childEnv = buildChildEnv(io.env, settings, formatProxyList(settings.proxy));
        const goSumGuard = await GoSumGuard.snapshot(state.project.goSumCandidates);
        state.goSum = goSumGuard.lines();
        try {
            await prime(config, state, io, cwd, childEnv);
            await io.logger.group('Build list (go list -m -json all)', async () => {
                state.modules = await listBuildList(io.runGo, { cwd, env: childEnv, timeoutMs: config.timeoutMs });
                io.logger.info(`${state.modules.length} modules in the build list`);
            });
        }
        finally {
            const added = await goSumGuard.restore();
            if (added.length > 0)
                state.findings.push(missingGoSumFinding(added));
        }
    }
    catch (error) {
        if (!(error instanceof WardenError))
            throw error;
        io.logger.error(describeError(error));
        state.findings.push(toFinding(error));
    }
    return buildReport(config, state, startedAt, io);
}
/** `go mod download -json all` through the configured proxies. */
async function prime(config, state, io, cwd, childEnv) {
    await io.logger.group('Priming the module cache (go mod download -json all)', async () => {
        const download = await downloadAll(io.runGo, { cwd, env: childEnv, timeoutMs: config.timeoutMs });
        state.download = download;
        for (const failure of download.failed)
            io.logger.error(`${failure.Path}@${failure.Version}: ${failure.Error}`);
        if (download.timedOut) {
            state.findings.push({
                kind: 'infrastructure',
                area: 'proxy',
                message: `priming did not finish within the timeout (${config.timeoutMs} ms); the go process group was killed`,
            });
        }
        state.findings.push(...download.failed.map(downloadFinding));
        io.logger.info(`${download.modules.length - download.failed.length} modules downloaded, ${download.failed.length} failed`);
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
function sumdbName(setting) {
    return setting.off ? 'off' : setting.key.name;
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
function buildReport(config, state, startedAt, io) {
    const findings = sortFindings(state.findings);
    const modules = state.modules ?? [];
    const report = {
        schemaVersion: 1,
        tool: { name: 'go-module-warden', version: VERSION },
        startedAt: new Date(startedAt).toISOString(),
        durationMs: Math.max(0, io.now() - startedAt),
        status: decideStatus(findings, config.warnOnly),
        warnOnly: config.warnOnly,
        project: {
            dir: external_node_path_default().resolve(config.workingDirectory),
            goVersion: state.goEnv?.GOVERSION ?? '',
            mode: state.project?.mode ?? 'module',
            vendor: state.project?.vendor ?? false,
            mainModules: modules.filter((m) => m.main).map((m) => m.path),
        },
        settings: {
            proxy: state.settings ? formatProxyList(state.settings.proxy) : '',
            private: state.settings?.private.join(',') ?? '',
            sumdb: state.settings ? sumdbName(state.settings.sumdb) : '',
            latencyBudgetMs: config.latencyBudgetMs,
            fallback: config.fallback,
        },
        findings,
        modules,
        download: {
            downloaded: (state.download?.modules.length ?? 0) - (state.download?.failed.length ?? 0),
            failed: (state.download?.failed ?? []).map((f) => ({
                path: f.Path,
                version: f.Version,
                error: f.Error ?? '',
            })),
        },
    };
    return io.redactor.redactValue(report);
}

;// CONCATENATED MODULE: ./src/report/json-report.ts


/** Writes the JSON report atomically (temp file, then rename), so a reader never sees half of it. */
async function writeJsonReport(file, report) {
    await promises_default().mkdir(external_node_path_default().dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    await promises_default().writeFile(temp, JSON.stringify(report, null, 2) + '\n');
    await promises_default().rename(temp, file);
}

;// CONCATENATED MODULE: ./src/report/redact.ts
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

;// CONCATENATED MODULE: ./src/run.ts





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
    const report = await runPipeline(config, { runGo: spawnGo, env, logger, redactor, now: Date.now });
    await writeJsonReport(config.reportFile, report);
    return { config, report, redactor };
}

;// CONCATENATED MODULE: ./src/cli-args.ts


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

;// CONCATENATED MODULE: ./src/cli.ts







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

