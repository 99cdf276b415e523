export const id = 928;
export const ids = [928];
export const modules = {

/***/ 5728:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

/*
Copyright spdx-correct.js contributors

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
var parse = __webpack_require__(2198)
var spdxLicenseIds = __webpack_require__(5204)

function valid (string) {
  try {
    parse(string)
    return true
  } catch (error) {
    return false
  }
}

// Sorting function that orders the given array of transpositions such
// that a transposition with the longer pattern comes before a transposition
// with a shorter pattern. This is to prevent e.g. the transposition
// ["General Public License", "GPL"] from matching to "Lesser General Public License"
// before a longer and more accurate transposition ["Lesser General Public License", "LGPL"]
// has a chance to be recognized.
function sortTranspositions(a, b) {
  var length = b[0].length - a[0].length
  if (length !== 0) return length
  return a[0].toUpperCase().localeCompare(b[0].toUpperCase())
}

// Common transpositions of license identifier acronyms
var transpositions = [
  ['APGL', 'AGPL'],
  ['Gpl', 'GPL'],
  ['GLP', 'GPL'],
  ['APL', 'Apache'],
  ['ISD', 'ISC'],
  ['GLP', 'GPL'],
  ['IST', 'ISC'],
  ['Claude', 'Clause'],
  [' or later', '+'],
  [' International', ''],
  ['GNU', 'GPL'],
  ['GUN', 'GPL'],
  ['+', ''],
  ['GNU GPL', 'GPL'],
  ['GNU LGPL', 'LGPL'],
  ['GNU/GPL', 'GPL'],
  ['GNU GLP', 'GPL'],
  ['GNU LESSER GENERAL PUBLIC LICENSE', 'LGPL'],
  ['GNU Lesser General Public License', 'LGPL'],
  ['GNU LESSER GENERAL PUBLIC LICENSE', 'LGPL-2.1'],
  ['GNU Lesser General Public License', 'LGPL-2.1'],
  ['LESSER GENERAL PUBLIC LICENSE', 'LGPL'],
  ['Lesser General Public License', 'LGPL'],
  ['LESSER GENERAL PUBLIC LICENSE', 'LGPL-2.1'],
  ['Lesser General Public License', 'LGPL-2.1'],
  ['GNU General Public License', 'GPL'],
  ['Gnu public license', 'GPL'],
  ['GNU Public License', 'GPL'],
  ['GNU GENERAL PUBLIC LICENSE', 'GPL'],
  ['MTI', 'MIT'],
  ['Mozilla Public License', 'MPL'],
  ['Universal Permissive License', 'UPL'],
  ['WTH', 'WTF'],
  ['WTFGPL', 'WTFPL'],
  ['-License', '']
].sort(sortTranspositions)

var TRANSPOSED = 0
var CORRECT = 1

// Simple corrections to nearly valid identifiers.
var transforms = [
  // e.g. 'mit'
  function (argument) {
    return argument.toUpperCase()
  },
  // e.g. 'MIT '
  function (argument) {
    return argument.trim()
  },
  // e.g. 'M.I.T.'
  function (argument) {
    return argument.replace(/\./g, '')
  },
  // e.g. 'Apache- 2.0'
  function (argument) {
    return argument.replace(/\s+/g, '')
  },
  // e.g. 'CC BY 4.0''
  function (argument) {
    return argument.replace(/\s+/g, '-')
  },
  // e.g. 'LGPLv2.1'
  function (argument) {
    return argument.replace('v', '-')
  },
  // e.g. 'Apache 2.0'
  function (argument) {
    return argument.replace(/,?\s*(\d)/, '-$1')
  },
  // e.g. 'GPL 2'
  function (argument) {
    return argument.replace(/,?\s*(\d)/, '-$1.0')
  },
  // e.g. 'Apache Version 2.0'
  function (argument) {
    return argument
      .replace(/,?\s*(V\.|v\.|V|v|Version|version)\s*(\d)/, '-$2')
  },
  // e.g. 'Apache Version 2'
  function (argument) {
    return argument
      .replace(/,?\s*(V\.|v\.|V|v|Version|version)\s*(\d)/, '-$2.0')
  },
  // e.g. 'ZLIB'
  function (argument) {
    return argument[0].toUpperCase() + argument.slice(1)
  },
  // e.g. 'MPL/2.0'
  function (argument) {
    return argument.replace('/', '-')
  },
  // e.g. 'Apache 2'
  function (argument) {
    return argument
      .replace(/\s*V\s*(\d)/, '-$1')
      .replace(/(\d)$/, '$1.0')
  },
  // e.g. 'GPL-2.0', 'GPL-3.0'
  function (argument) {
    if (argument.indexOf('3.0') !== -1) {
      return argument + '-or-later'
    } else {
      return argument + '-only'
    }
  },
  // e.g. 'GPL-2.0-'
  function (argument) {
    return argument + 'only'
  },
  // e.g. 'GPL2'
  function (argument) {
    return argument.replace(/(\d)$/, '-$1.0')
  },
  // e.g. 'BSD 3'
  function (argument) {
    return argument.replace(/(-| )?(\d)$/, '-$2-Clause')
  },
  // e.g. 'BSD clause 3'
  function (argument) {
    return argument.replace(/(-| )clause(-| )(\d)/, '-$3-Clause')
  },
  // e.g. 'New BSD license'
  function (argument) {
    return argument.replace(/\b(Modified|New|Revised)(-| )?BSD((-| )License)?/i, 'BSD-3-Clause')
  },
  // e.g. 'Simplified BSD license'
  function (argument) {
    return argument.replace(/\bSimplified(-| )?BSD((-| )License)?/i, 'BSD-2-Clause')
  },
  // e.g. 'Free BSD license'
  function (argument) {
    return argument.replace(/\b(Free|Net)(-| )?BSD((-| )License)?/i, 'BSD-2-Clause-$1BSD')
  },
  // e.g. 'Clear BSD license'
  function (argument) {
    return argument.replace(/\bClear(-| )?BSD((-| )License)?/i, 'BSD-3-Clause-Clear')
  },
  // e.g. 'Old BSD License'
  function (argument) {
    return argument.replace(/\b(Old|Original)(-| )?BSD((-| )License)?/i, 'BSD-4-Clause')
  },
  // e.g. 'BY-NC-4.0'
  function (argument) {
    return 'CC-' + argument
  },
  // e.g. 'BY-NC'
  function (argument) {
    return 'CC-' + argument + '-4.0'
  },
  // e.g. 'Attribution-NonCommercial'
  function (argument) {
    return argument
      .replace('Attribution', 'BY')
      .replace('NonCommercial', 'NC')
      .replace('NoDerivatives', 'ND')
      .replace(/ (\d)/, '-$1')
      .replace(/ ?International/, '')
  },
  // e.g. 'Attribution-NonCommercial'
  function (argument) {
    return 'CC-' +
      argument
        .replace('Attribution', 'BY')
        .replace('NonCommercial', 'NC')
        .replace('NoDerivatives', 'ND')
        .replace(/ (\d)/, '-$1')
        .replace(/ ?International/, '') +
      '-4.0'
  }
]

var licensesWithVersions = spdxLicenseIds
  .map(function (id) {
    var match = /^(.*)-\d+\.\d+$/.exec(id)
    return match
      ? [match[0], match[1]]
      : [id, null]
  })
  .reduce(function (objectMap, item) {
    var key = item[1]
    objectMap[key] = objectMap[key] || []
    objectMap[key].push(item[0])
    return objectMap
  }, {})

var licensesWithOneVersion = Object.keys(licensesWithVersions)
  .map(function makeEntries (key) {
    return [key, licensesWithVersions[key]]
  })
  .filter(function identifySoleVersions (item) {
    return (
      // Licenses has just one valid version suffix.
      item[1].length === 1 &&
      item[0] !== null &&
      // APL will be considered Apache, rather than APL-1.0
      item[0] !== 'APL'
    )
  })
  .map(function createLastResorts (item) {
    return [item[0], item[1][0]]
  })

licensesWithVersions = undefined

// If all else fails, guess that strings containing certain substrings
// meant to identify certain licenses.
var lastResorts = [
  ['UNLI', 'Unlicense'],
  ['WTF', 'WTFPL'],
  ['2 CLAUSE', 'BSD-2-Clause'],
  ['2-CLAUSE', 'BSD-2-Clause'],
  ['3 CLAUSE', 'BSD-3-Clause'],
  ['3-CLAUSE', 'BSD-3-Clause'],
  ['AFFERO', 'AGPL-3.0-or-later'],
  ['AGPL', 'AGPL-3.0-or-later'],
  ['APACHE', 'Apache-2.0'],
  ['ARTISTIC', 'Artistic-2.0'],
  ['Affero', 'AGPL-3.0-or-later'],
  ['BEER', 'Beerware'],
  ['BOOST', 'BSL-1.0'],
  ['BSD', 'BSD-2-Clause'],
  ['CDDL', 'CDDL-1.1'],
  ['ECLIPSE', 'EPL-1.0'],
  ['FUCK', 'WTFPL'],
  ['GNU', 'GPL-3.0-or-later'],
  ['LGPL', 'LGPL-3.0-or-later'],
  ['GPLV1', 'GPL-1.0-only'],
  ['GPL-1', 'GPL-1.0-only'],
  ['GPLV2', 'GPL-2.0-only'],
  ['GPL-2', 'GPL-2.0-only'],
  ['GPL', 'GPL-3.0-or-later'],
  ['MIT +NO-FALSE-ATTRIBS', 'MITNFA'],
  ['MIT', 'MIT'],
  ['MPL', 'MPL-2.0'],
  ['X11', 'X11'],
  ['ZLIB', 'Zlib']
].concat(licensesWithOneVersion).sort(sortTranspositions)

var SUBSTRING = 0
var IDENTIFIER = 1

var validTransformation = function (identifier) {
  for (var i = 0; i < transforms.length; i++) {
    var transformed = transforms[i](identifier).trim()
    if (transformed !== identifier && valid(transformed)) {
      return transformed
    }
  }
  return null
}

var validLastResort = function (identifier) {
  var upperCased = identifier.toUpperCase()
  for (var i = 0; i < lastResorts.length; i++) {
    var lastResort = lastResorts[i]
    if (upperCased.indexOf(lastResort[SUBSTRING]) > -1) {
      return lastResort[IDENTIFIER]
    }
  }
  return null
}

var anyCorrection = function (identifier, check) {
  for (var i = 0; i < transpositions.length; i++) {
    var transposition = transpositions[i]
    var transposed = transposition[TRANSPOSED]
    if (identifier.indexOf(transposed) > -1) {
      var corrected = identifier.replace(
        transposed,
        transposition[CORRECT]
      )
      var checked = check(corrected)
      if (checked !== null) {
        return checked
      }
    }
  }
  return null
}

module.exports = function (identifier, options) {
  options = options || {}
  var upgrade = options.upgrade === undefined ? true : !!options.upgrade
  function postprocess (value) {
    return upgrade ? upgradeGPLs(value) : value
  }
  var validArugment = (
    typeof identifier === 'string' &&
    identifier.trim().length !== 0
  )
  if (!validArugment) {
    throw Error('Invalid argument. Expected non-empty string.')
  }
  identifier = identifier.trim()
  if (valid(identifier)) {
    return postprocess(identifier)
  }
  var noPlus = identifier.replace(/\+$/, '').trim()
  if (valid(noPlus)) {
    return postprocess(noPlus)
  }
  var transformed = validTransformation(identifier)
  if (transformed !== null) {
    return postprocess(transformed)
  }
  transformed = anyCorrection(identifier, function (argument) {
    if (valid(argument)) {
      return argument
    }
    return validTransformation(argument)
  })
  if (transformed !== null) {
    return postprocess(transformed)
  }
  transformed = validLastResort(identifier)
  if (transformed !== null) {
    return postprocess(transformed)
  }
  transformed = anyCorrection(identifier, validLastResort)
  if (transformed !== null) {
    return postprocess(transformed)
  }
  return null
}

function upgradeGPLs (value) {
  if ([
    'GPL-1.0', 'LGPL-1.0', 'AGPL-1.0',
    'GPL-2.0', 'LGPL-2.0', 'AGPL-2.0',
    'LGPL-2.1'
  ].indexOf(value) !== -1) {
    return value + '-only'
  } else if ([
    'GPL-1.0+', 'GPL-2.0+', 'GPL-3.0+',
    'LGPL-2.0+', 'LGPL-2.1+', 'LGPL-3.0+',
    'AGPL-1.0+', 'AGPL-3.0+'
  ].indexOf(value) !== -1) {
    return value.replace(/\+$/, '-or-later')
  } else if (['GPL-3.0', 'LGPL-3.0', 'AGPL-3.0'].indexOf(value) !== -1) {
    return value + '-or-later'
  } else {
    return value
  }
}


/***/ }),

/***/ 2198:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



var scan = __webpack_require__(9721)
var parse = __webpack_require__(4789)

module.exports = function (source) {
  return parse(scan(source))
}


/***/ }),

/***/ 4789:
/***/ ((module) => {



// The ABNF grammar in the spec is totally ambiguous.
//
// This parser follows the operator precedence defined in the
// `Order of Precedence and Parentheses` section.

module.exports = function (tokens) {
  var index = 0

  function hasMore () {
    return index < tokens.length
  }

  function token () {
    return hasMore() ? tokens[index] : null
  }

  function next () {
    if (!hasMore()) {
      throw new Error()
    }
    index++
  }

  function parseOperator (operator) {
    var t = token()
    if (t && t.type === 'OPERATOR' && operator === t.string) {
      next()
      return t.string
    }
  }

  function parseWith () {
    if (parseOperator('WITH')) {
      var t = token()
      if (t && t.type === 'EXCEPTION') {
        next()
        return t.string
      }
      throw new Error('Expected exception after `WITH`')
    }
  }

  function parseLicenseRef () {
    // TODO: Actually, everything is concatenated into one string
    // for backward-compatibility but it could be better to return
    // a nice structure.
    var begin = index
    var string = ''
    var t = token()
    if (t.type === 'DOCUMENTREF') {
      next()
      string += 'DocumentRef-' + t.string + ':'
      if (!parseOperator(':')) {
        throw new Error('Expected `:` after `DocumentRef-...`')
      }
    }
    t = token()
    if (t.type === 'LICENSEREF') {
      next()
      string += 'LicenseRef-' + t.string
      return { license: string }
    }
    index = begin
  }

  function parseLicense () {
    var t = token()
    if (t && t.type === 'LICENSE') {
      next()
      var node = { license: t.string }
      if (parseOperator('+')) {
        node.plus = true
      }
      var exception = parseWith()
      if (exception) {
        node.exception = exception
      }
      return node
    }
  }

  function parseParenthesizedExpression () {
    var left = parseOperator('(')
    if (!left) {
      return
    }

    var expr = parseExpression()

    if (!parseOperator(')')) {
      throw new Error('Expected `)`')
    }

    return expr
  }

  function parseAtom () {
    return (
      parseParenthesizedExpression() ||
      parseLicenseRef() ||
      parseLicense()
    )
  }

  function makeBinaryOpParser (operator, nextParser) {
    return function parseBinaryOp () {
      var left = nextParser()
      if (!left) {
        return
      }

      if (!parseOperator(operator)) {
        return left
      }

      var right = parseBinaryOp()
      if (!right) {
        throw new Error('Expected expression')
      }
      return {
        left: left,
        conjunction: operator.toLowerCase(),
        right: right
      }
    }
  }

  var parseAnd = makeBinaryOpParser('AND', parseAtom)
  var parseExpression = makeBinaryOpParser('OR', parseAnd)

  var node = parseExpression()
  if (!node || hasMore()) {
    throw new Error('Syntax error')
  }
  return node
}


/***/ }),

/***/ 9721:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



var licenses = []
  .concat(__webpack_require__(5204))
  .concat(__webpack_require__(3389))
var exceptions = __webpack_require__(3988)

module.exports = function (source) {
  var index = 0

  function hasMore () {
    return index < source.length
  }

  // `value` can be a regexp or a string.
  // If it is recognized, the matching source string is returned and
  // the index is incremented. Otherwise `undefined` is returned.
  function read (value) {
    if (value instanceof RegExp) {
      var chars = source.slice(index)
      var match = chars.match(value)
      if (match) {
        index += match[0].length
        return match[0]
      }
    } else {
      if (source.indexOf(value, index) === index) {
        index += value.length
        return value
      }
    }
  }

  function skipWhitespace () {
    read(/[ ]*/)
  }

  function operator () {
    var string
    var possibilities = ['WITH', 'AND', 'OR', '(', ')', ':', '+']
    for (var i = 0; i < possibilities.length; i++) {
      string = read(possibilities[i])
      if (string) {
        break
      }
    }

    if (string === '+' && index > 1 && source[index - 2] === ' ') {
      throw new Error('Space before `+`')
    }

    return string && {
      type: 'OPERATOR',
      string: string
    }
  }

  function idstring () {
    return read(/[A-Za-z0-9-.]+/)
  }

  function expectIdstring () {
    var string = idstring()
    if (!string) {
      throw new Error('Expected idstring at offset ' + index)
    }
    return string
  }

  function documentRef () {
    if (read('DocumentRef-')) {
      var string = expectIdstring()
      return { type: 'DOCUMENTREF', string: string }
    }
  }

  function licenseRef () {
    if (read('LicenseRef-')) {
      var string = expectIdstring()
      return { type: 'LICENSEREF', string: string }
    }
  }

  function identifier () {
    var begin = index
    var string = idstring()

    if (licenses.indexOf(string) !== -1) {
      return {
        type: 'LICENSE',
        string: string
      }
    } else if (exceptions.indexOf(string) !== -1) {
      return {
        type: 'EXCEPTION',
        string: string
      }
    }

    index = begin
  }

  // Tries to read the next token. Returns `undefined` if no token is
  // recognized.
  function parseToken () {
    // Ordering matters
    return (
      operator() ||
      documentRef() ||
      licenseRef() ||
      identifier()
    )
  }

  var tokens = []
  while (hasMore()) {
    skipWhitespace()
    if (!hasMore()) {
      break
    }

    var token = parseToken()
    if (!token) {
      throw new Error('Unexpected `' + source[index] +
                      '` at offset ' + index)
    }

    tokens.push(token)
  }
  return tokens
}


/***/ }),

/***/ 2887:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $d: () => (/* binding */ sizeOf),
/* harmony export */   H0: () => (/* binding */ stampFiles),
/* harmony export */   Iz: () => (/* binding */ stageFiles),
/* harmony export */   Ji: () => (/* binding */ unchangedFiles),
/* harmony export */   a: () => (/* binding */ archiveFiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _module_path_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2627);
/* harmony import */ var _sumdb_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(667);




/**
 * The files a cache entry holds, relative to GOMODCACHE (`/`-separated), every one a regular file
 * that exists: for each proven module version its `.info`, `.mod`, `.zip`, `.ziphash` and its
 * module's `list` file; for each go.mod-only version its `.mod` and `.info`; and the whole
 * checksum-database state `cache/download/sumdb/**` (tiles, the last verified tree, proofs).
 * The entry is built from this list alone: nothing in the module cache is ever pruned to make it.
 */
async function archiveFiles(gomodcache, proven, goModOnly) {
    const out = new Set();
    const rel = (file) => node_path__WEBPACK_IMPORTED_MODULE_1__.relative(gomodcache, file).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
    const addIfFile = async (file) => {
        const st = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat(file).catch(() => undefined);
        if (st?.isFile())
            out.add(rel(file));
    };
    for (const module of proven) {
        const paths = (0,_module_path_js__WEBPACK_IMPORTED_MODULE_2__/* .moduleCachePaths */ .n)(gomodcache, module);
        for (const ext of ['info', 'mod', 'zip', 'ziphash'])
            await addIfFile(`${paths.base}.${ext}`);
        await addIfFile(node_path__WEBPACK_IMPORTED_MODULE_1__.join(paths.vDir, 'list'));
    }
    for (const module of goModOnly) {
        const paths = (0,_module_path_js__WEBPACK_IMPORTED_MODULE_2__/* .moduleCachePaths */ .n)(gomodcache, module);
        for (const ext of ['info', 'mod'])
            await addIfFile(`${paths.base}.${ext}`);
    }
    const walk = async (dir) => {
        let entries;
        try {
            entries = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const entry of entries) {
            const full = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, entry.name);
            if (entry.isDirectory())
                await walk(full);
            else if (entry.isFile() && !entry.name.endsWith('.lock')) {
                // Only checksum-database files of the right shape and size travel (sumdb-files.ts).
                const size = (await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat(full).catch(() => undefined))?.size ?? Infinity;
                if (!(0,_sumdb_files_js__WEBPACK_IMPORTED_MODULE_3__/* .sumdbFileProblem */ .f)(rel(full), size))
                    out.add(rel(full));
            }
        }
    };
    await walk(node_path__WEBPACK_IMPORTED_MODULE_1__.join(gomodcache, 'cache', 'download', 'sumdb'));
    return [...out].sort();
}
async function stampFiles(gomodcache, files) {
    const stamps = {};
    for (const file of files) {
        const st = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat(node_path__WEBPACK_IMPORTED_MODULE_1__.join(gomodcache, ...file.split('/')));
        stamps[file] = { size: st.size, mtimeMs: st.mtimeMs, ino: st.ino };
    }
    return stamps;
}
/**
 * The listed files still as they were proven (main step) when the save runs (post step, perhaps
 * after other steps of the job): a file changed or replaced since, or no longer a regular file,
 * takes its whole module version out (`cache/download/<esc>/@v/<v>.*`).
 */
async function unchangedFiles(gomodcache, stamps) {
    const changed = [];
    for (const [file, stamp] of Object.entries(stamps)) {
        const st = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat(node_path__WEBPACK_IMPORTED_MODULE_1__.join(gomodcache, ...file.split('/'))).catch(() => undefined);
        if (!st?.isFile() || st.size !== stamp.size || st.mtimeMs !== stamp.mtimeMs || st.ino !== stamp.ino)
            changed.push(file);
    }
    const versionOf = (file) => file.replace(/\.(info|mod|zip|ziphash)$/, '');
    const dropped = new Set(changed.map(versionOf));
    const files = Object.keys(stamps).filter((f) => !dropped.has(versionOf(f)));
    return { files: files.sort(), changed };
}
/** Bytes of the listed files. */
async function sizeOf(gomodcache, files) {
    let bytes = 0;
    for (const file of files)
        bytes += (await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat(node_path__WEBPACK_IMPORTED_MODULE_1__.join(gomodcache, ...file.split('/')))).size;
    return bytes;
}
/**
 * A staging copy of the listed files under `root` with the same relative layout, for a backend
 * that archives whole directories (@actions/cache saves paths, not file lists). Hard links where
 * possible (no bytes copied), copies where the file system refuses or the file already has other
 * links (tar would store a second name of one inode as a hard-link member, which restores refuse).
 */
async function stageFiles(gomodcache, files, root) {
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm(root, { recursive: true, force: true });
    for (const file of files) {
        const from = node_path__WEBPACK_IMPORTED_MODULE_1__.join(gomodcache, ...file.split('/'));
        const to = node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, ...file.split('/'));
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(to), { recursive: true });
        const st = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat(from);
        if (st.nlink === 1) {
            try {
                await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.link(from, to);
                continue;
            }
            catch {
                // another file system, or links not allowed: copy
            }
        }
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.copyFile(from, to);
    }
}


/***/ }),

/***/ 2627:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* reexport safe */ _module_module_path_js__WEBPACK_IMPORTED_MODULE_0__.n),
/* harmony export */   w: () => (/* reexport safe */ _module_module_path_js__WEBPACK_IMPORTED_MODULE_0__.w)
/* harmony export */ });
/* harmony import */ var _module_module_path_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6939);
// Moved to the ground floor (src/module/module-path.ts), so every domain can name a module's
// files and id; this re-export keeps the cache's imports as they are.



/***/ }),

/***/ 2407:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cp: () => (/* binding */ encodePack),
/* harmony export */   ST: () => (/* binding */ modEntryName),
/* harmony export */   bi: () => (/* binding */ MAX_PACK),
/* harmony export */   w5: () => (/* binding */ proofEntryName),
/* harmony export */   wh: () => (/* binding */ readPack)
/* harmony export */ });
/* unused harmony exports BadPackError, decodePack */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8522);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9243);
/* harmony import */ var _s3_bucket_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7473);
/* harmony import */ var _s3_keys_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7806);





/** What a pack holds is a few MB for a large project; a pack object, or its inflated bytes, past this is refused. */
const MAX_PACK = 64 << 20;
const MAGIC = 'warden-pack 1\n';
const ENTRY_NAME = /^(?:mod\/[A-Za-z0-9_-]{43}|sumdb\/[!-~]+)$/;
const HEADER = /^(\S+) (\d{1,9})$/;
const gzipAsync = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.promisify)(node_zlib__WEBPACK_IMPORTED_MODULE_1__.gzip);
const gunzipAsync = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.promisify)(node_zlib__WEBPACK_IMPORTED_MODULE_1__.gunzip);
/** The entry of a `/go.mod` line's hash, or undefined when it is not an h1. */
function modEntryName(hash) {
    const part = (0,_s3_keys_js__WEBPACK_IMPORTED_MODULE_4__/* .h1KeyPart */ .aG)(hash);
    return part === undefined ? undefined : `mod/${part}`;
}
/** The entry of a checksum database state file (`lookup/…`, `tile/…`). */
function proofEntryName(database, file) {
    return `sumdb/${database}/${file}`;
}
/** The pack's bytes: a magic line, then each entry as `<name> <length>\n<bytes>`, gzip'd. */
async function encodePack(entries) {
    const parts = [Buffer.from(MAGIC)];
    for (const [name, data] of entries)
        parts.push(Buffer.from(`${name} ${data.length}\n`), data);
    return gzipAsync(Buffer.concat(parts));
}
/** A pack that is not one: refused whole (its entries unread). */
class BadPackError extends Error {
}
/** The entries of a pack; throws BadPackError for bytes that are not a pack within MAX_PACK. */
async function decodePack(data) {
    let raw;
    try {
        raw = await gunzipAsync(data, { maxOutputLength: MAX_PACK });
    }
    catch (error) {
        throw new BadPackError(`not a gzip'd pack within ${MAX_PACK} bytes: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(error)}`);
    }
    if (raw.toString('latin1', 0, MAGIC.length) !== MAGIC)
        throw new BadPackError('not a pack (no magic line)');
    const entries = new Map();
    for (let offset = MAGIC.length; offset < raw.length;) {
        const end = raw.indexOf(0x0a, offset);
        const header = HEADER.exec(raw.toString('latin1', offset, end < 0 ? raw.length : end));
        if (end < 0 || !header || !ENTRY_NAME.test(header[1]) || header[1].split('/').includes('..'))
            throw new BadPackError(`a malformed entry header at byte ${offset}`);
        const length = Number(header[2]);
        if (end + 1 + length > raw.length)
            throw new BadPackError(`entry ${header[1]} runs past the end`);
        if (entries.has(header[1]))
            throw new BadPackError(`entry ${header[1]} twice`);
        entries.set(header[1], raw.subarray(end + 1, end + 1 + length));
        offset = end + 1 + length;
    }
    return entries;
}
/** Reads the pack at `key` (at most MAX_PACK bytes). */
async function readPack(bucket, key) {
    let data;
    try {
        data = await bucket.getBytes(key, MAX_PACK);
    }
    catch (error) {
        if (error instanceof _s3_bucket_js__WEBPACK_IMPORTED_MODULE_3__/* .ObjectTooLargeError */ .B)
            return { kind: 'refused', reason: `larger than ${MAX_PACK} bytes` };
        throw error;
    }
    if (!data)
        return { kind: 'absent' };
    try {
        return { kind: 'read', entries: await decodePack(data) };
    }
    catch (error) {
        if (error instanceof BadPackError)
            return { kind: 'refused', reason: error.message };
        throw error;
    }
}


/***/ }),

/***/ 8889:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ow: () => (/* binding */ S3ProofStore),
/* harmony export */   RI: () => (/* binding */ refusedProofWarning),
/* harmony export */   br: () => (/* binding */ notStored),
/* harmony export */   og: () => (/* binding */ lookupsToPrefetch)
/* harmony export */ });
/* unused harmony export PROOF_CAPS */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9243);
/* harmony import */ var _module_module_escape_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8803);
/* harmony import */ var _concurrency_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(265);
/* harmony import */ var _s3_bucket_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7473);
/* harmony import */ var _s3_location_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2913);
/* harmony import */ var _s3_keys_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7806);
/* harmony import */ var _s3_pack_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2407);









/**
 * Caps on proof objects: a hash tile of height 8 is at most 2^8 hashes of 32 bytes (tlog's
 * tiles); a lookup is a record of two go.sum lines and a signed note of a few lines.
 */
const PROOF_CAPS = { tile: 256 * 32, lookup: 64 << 10 };
function capOf(file) {
    return file.startsWith('tile/') ? PROOF_CAPS.tile : PROOF_CAPS.lookup;
}
/** The files a client stores: `lookup/<path>@<version>` and hash tiles `tile/8/<L>/<N>[.p/<W>]`. */
const PROOF_FILE = /^(?:lookup\/[!-~]+@[!-~]+|tile\/8\/[0-9]\/(?:x\d{3}\/)*\d{3}(?:\.p\/\d{1,3})?)$/;
/**
 * The checksum database's proofs in the fleet's bucket, under `<prefix>/sumdb/<name>/`: read when
 * a runner's state directory lacks them (a fleet proves its go.sum lines offline while the
 * database is down, and fetches each tile once), written (put if absent) only with what this
 * run's checksum client proved. Structurally the checksum client's SharedProofStore. A bucket
 * that fails once is not asked again this run (one warning).
 */
class S3ProofStore {
    bucket;
    database;
    options;
    pending = new Map();
    prefetched = new Map();
    refusedProofs = [];
    refusedFiles = new Set();
    /** Files the project's pack served (a refusal names the pack's key). */
    fromPack = new Set();
    broken;
    uploading;
    /** Objects read from the bucket. */
    objectsRead = 0;
    /** Settles once the reads prefetch() started are over (never rejects). */
    prefetching = Promise.resolve();
    constructor(bucket, database, options = {}) {
        this.bucket = bucket;
        this.database = database;
        this.options = options;
    }
    /** The object key of a state file, or undefined for a name that is not one a client stores. */
    keyOf(file) {
        if (!PROOF_FILE.test(file) || file.split('/').includes('..'))
            return undefined;
        return (0,_s3_keys_js__WEBPACK_IMPORTED_MODULE_6__/* .proofKey */ .CU)(this.bucket.location, `${this.database}/${file}`);
    }
    get location() {
        return this.bucket.location;
    }
    get refused() {
        return this.refusedProofs;
    }
    /** Why the bucket stopped being asked (its first error), if it did. */
    get unusable() {
        return this.broken;
    }
    /**
     * Starts reading `files` now, `concurrency` at a time (default 16), for the client to find in
     * memory: a warm runner's lookups then cost one round of parallel GETs, not one GET each as the
     * client reaches it. Nothing is trusted for it: read() hands the bytes to the client, which
     * proves them as it proves any stored file.
     */
    prefetch(files, concurrency = 16) {
        const limiter = new _concurrency_js__WEBPACK_IMPORTED_MODULE_7__/* .Limiter */ .jG(concurrency);
        const reads = [];
        for (const file of files)
            if (!this.prefetched.has(file)) {
                const read = limiter.run(() => this.readNow(file));
                this.prefetched.set(file, read);
                reads.push(read);
            }
        this.prefetching = Promise.all(reads).then(() => undefined);
        return this.prefetching;
    }
    async read(file) {
        const { pack } = this.options;
        // A pack's entry once refused is not served again (the client asks the database then).
        const fromPack = pack && this.keyOf(file) && !this.broken && !this.refusedFiles.has(file);
        let packed = fromPack ? (await pack.files()).get(file) : undefined;
        if (packed && packed.length > capOf(file)) {
            this.fromPack.add(file);
            this.refuse(file, `larger than ${capOf(file)} bytes`);
            packed = undefined;
        }
        if (packed && packed.length > 0) {
            this.fromPack.add(file);
            pack?.read(file, true);
            return packed;
        }
        const prefetched = this.prefetched.get(file);
        if (prefetched)
            this.prefetched.delete(file);
        const data = await (prefetched ?? this.readNow(file));
        if (data)
            pack?.read(file, false);
        return data;
    }
    async readNow(file) {
        const key = this.keyOf(file);
        if (!key || this.broken)
            return undefined;
        const cap = capOf(file);
        try {
            const data = await this.bucket.getBytes(key, cap);
            if (data)
                this.objectsRead++;
            return data && data.length > 0 ? data : undefined;
        }
        catch (error) {
            if (error instanceof _s3_bucket_js__WEBPACK_IMPORTED_MODULE_3__/* .ObjectTooLargeError */ .B) {
                this.refuse(file, `larger than ${cap} bytes`);
                return undefined;
            }
            this.stop(error);
            return undefined;
        }
    }
    offer(file, data) {
        if (this.keyOf(file))
            this.pending.set(file, data);
    }
    refuse(file, reason) {
        if (this.refusedFiles.has(file))
            return;
        this.refusedFiles.add(file);
        const { pack } = this.options;
        const packed = pack !== undefined && this.fromPack.has(file);
        if (packed)
            pack.refused(file);
        // A pack's entry is named by the pack's key and the entry.
        const key = packed ? pack.key : (this.keyOf(file) ?? file);
        const refused = {
            key,
            reason: packed ? `its entry ${(0,_s3_pack_js__WEBPACK_IMPORTED_MODULE_5__/* .proofEntryName */ .w5)(this.database, file)}: ${reason}` : reason,
        };
        this.refusedProofs.push(refused);
        this.options.logger?.warn(refusedProofWarning(this.location, refused));
        // A refused pack entry is not deleted: this run writes the pack again without it.
        if (this.options.heal && !packed)
            void this.bucket.delete(key).then(() => (refused.deleted = true), () => (refused.deleted = false));
    }
    /**
     * Uploads what was offered, each with `If-None-Match: *` (an object already there, or a
     * concurrent runner's, is never overwritten). Once per run; a bucket error stops it with one
     * warning (the proofs are then fetched again by the next run).
     */
    upload() {
        this.uploading ??= this.uploadNow();
        return this.uploading;
    }
    async uploadNow() {
        const counts = { created: 0, existed: 0 };
        const offered = new Map(this.pending);
        const limiter = new _concurrency_js__WEBPACK_IMPORTED_MODULE_7__/* .Limiter */ .jG(this.options.concurrency ?? 8);
        await Promise.all([...this.pending].map(([file, data]) => limiter.run(async () => {
            const key = this.keyOf(file);
            if (this.broken)
                return;
            try {
                // A proof is a few KiB at most: one conditional put, without asking first.
                if ((await this.bucket.putIfAbsent(key, data)) === 'exists')
                    counts.existed++;
                else
                    counts.created++;
            }
            catch (error) {
                this.stop(error);
            }
        })));
        this.pending.clear();
        if (this.options.pack && !this.broken)
            await this.options.pack
                .settle(offered)
                .catch((error) => this.options.logger?.warn(`cache (s3): the project's pack '${this.options.pack?.key}' was not written: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(error)}`));
        return counts;
    }
    stop(error) {
        if (this.broken)
            return;
        this.broken = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(error);
        this.options.logger?.warn(`cache (s3): the checksum database's proofs in ${(0,_s3_location_js__WEBPACK_IMPORTED_MODULE_4__/* .describeS3Location */ .x)(this.bucket.location)} are not used this run: ${this.broken}`);
    }
}
/** The warning for a proof object that did not prove (named by its key). */
function refusedProofWarning(location, refused) {
    return `SECURITY: cache (s3) object '${refused.key}' in ${(0,_s3_location_js__WEBPACK_IMPORTED_MODULE_4__/* .describeS3Location */ .x)(location)} refused: ${refused.reason}; not used${refused.deleted ? '; deleted (cache-heal)' : ''}`;
}
/**
 * The lookups a warm runner will ask the fleet's store for: `lookup/<path>@<version>` (escaped,
 * as client.go Lookup names them) of every version go.sum has a zip line for, less those the
 * runner's state directory (`stateDir`) holds already.
 */
async function lookupsToPrefetch(goSum, stateDir) {
    const files = new Set();
    for (const line of goSum) {
        if (line.version.endsWith('/go.mod') || !line.hash.startsWith('h1:'))
            continue;
        try {
            files.add(`lookup/${(0,_module_module_escape_js__WEBPACK_IMPORTED_MODULE_8__/* .escapeModulePath */ .xk)(line.path)}@${(0,_module_module_escape_js__WEBPACK_IMPORTED_MODULE_8__/* .escapeVersion */ .av)(line.version)}`);
        }
        catch {
            // not a path the database has a record for
        }
    }
    return notStored([...files], stateDir);
}
/** The state files among `files` that the runner's state directory (`stateDir`) lacks. */
async function notStored(files, stateDir) {
    const stored = await Promise.all(files.map((file) => node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat(node_path__WEBPACK_IMPORTED_MODULE_1__.join(stateDir, ...file.split('/'))).then(() => true, () => false)));
    return files.filter((_, i) => !stored[i]);
}


/***/ }),

/***/ 3409:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ readIfExists),
/* harmony export */   Z: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);


/** The file's bytes, or undefined when it is not there (ENOENT); any other failure is thrown. */
async function readIfExists(file) {
    try {
        return await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile(file);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}
/**
 * Writes `file` through a temporary file beside it and a rename, so a reader (another run, the
 * post step, a crash) sees the old whole file or the new one, never half. The temporary file is
 * removed when the write fails. `mkdir` creates the parent directory first.
 */
async function writeFileAtomic(file, data, options = {}) {
    if (options.mkdir)
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile(temp, data);
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename(temp, file);
    }
    catch (error) {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm(temp, { force: true });
        throw error;
    }
}


/***/ }),

/***/ 6939:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ moduleCachePaths),
/* harmony export */   w: () => (/* binding */ moduleId)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _module_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8803);


/** Where `go` keeps a module version (cmd/go/internal/modfetch/cache.go CachePath, DownloadDir). */
function moduleCachePaths(gomodcache, module) {
    const escPath = (0,_module_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeModulePath */ .xk)(module.path);
    const escVersion = (0,_module_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeVersion */ .av)(module.version);
    const vDir = node_path__WEBPACK_IMPORTED_MODULE_0__.join(gomodcache, 'cache', 'download', ...escPath.split('/'), '@v');
    return {
        vDir,
        base: node_path__WEBPACK_IMPORTED_MODULE_0__.join(vDir, escVersion),
        extracted: node_path__WEBPACK_IMPORTED_MODULE_0__.join(gomodcache, ...`${escPath}@${escVersion}`.split('/')),
    };
}
/** `path@version`, for messages and keys. */
function moduleId(module) {
    return `${module.path}@${module.version}`;
}


/***/ }),

/***/ 1928:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runWarden: () => (/* binding */ runWarden)
});

// UNUSED EXPORTS: s3Project

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./.build/go/build-list.js
var build_list = __webpack_require__(2382);
// EXTERNAL MODULE: ./.build/cache/archive-files.js
var archive_files = __webpack_require__(2887);
// EXTERNAL MODULE: ./.build/concurrency.js
var _build_concurrency = __webpack_require__(265);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./.build/files.js
var files = __webpack_require__(3409);
// EXTERNAL MODULE: ./.build/go/dirhash.js
var dirhash = __webpack_require__(170);
// EXTERNAL MODULE: ./.build/go/go-sum.js
var go_sum = __webpack_require__(1417);
// EXTERNAL MODULE: ./.build/go/zip-digest-pool.js
var zip_digest_pool = __webpack_require__(4086);
// EXTERNAL MODULE: ./.build/go/zip-file-digest.js
var zip_file_digest = __webpack_require__(2242);
// EXTERNAL MODULE: ./.build/go/zip-reader.js
var zip_reader = __webpack_require__(3816);
// EXTERNAL MODULE: ./.build/cache/module-path.js
var module_path = __webpack_require__(2627);
// EXTERNAL MODULE: ./.build/module/module-escape.js
var module_escape = __webpack_require__(8803);
;// CONCATENATED MODULE: ./.build/cache/scan.js



async function readDir(dir) {
    try {
        return await promises_.readdir(dir, { withFileTypes: true });
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
        const version = match ? (0,module_escape/* unescapeVersion */.Bt)(match[1]) : undefined;
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
    const root = external_node_path_.join(gomodcache, 'cache', 'download');
    const found = [];
    const walk = async (dir, rel) => {
        for (const entry of await readDir(dir)) {
            if (!entry.isDirectory())
                continue;
            const child = external_node_path_.join(dir, entry.name);
            if (entry.name === '@v') {
                const modulePath = (0,module_escape/* unescapeModulePath */.ql)(rel.join('/'));
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
                    await walk(external_node_path_.join(dir, entry.name), [...rel, entry.name]);
                continue;
            }
            const partial = entry.isFile() && entry.name.endsWith('.partial');
            if (!entry.isDirectory() && !partial)
                continue;
            const escVersion = entry.name.slice(at + 1, partial ? -'.partial'.length : undefined);
            const modulePath = (0,module_escape/* unescapeModulePath */.ql)([...rel, entry.name.slice(0, at)].join('/'));
            const version = (0,module_escape/* unescapeVersion */.Bt)(escVersion);
            if (modulePath === undefined || version === undefined)
                continue;
            const treeDir = external_node_path_.join(dir, entry.name.slice(0, partial ? -'.partial'.length : undefined));
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./.build/go/off-thread-digest.js


/**
 * Below this, hashing on the main thread is cheaper than a hop to the thread pool; above it,
 * WebCrypto's digest runs on libuv's pool, so big files hash on another core while the main
 * thread inflates and reads.
 */
const OFF_THREAD = 32 << 10;
/**
 * The hex SHA-256 of `data`. WebCrypto copies its input when called, so the caller may reuse
 * `data`'s memory as soon as this returns its promise.
 */
async function sha256Hex(data) {
    if (data.length < OFF_THREAD)
        return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
    return Buffer.from(await external_node_crypto_.webcrypto.subtle.digest('SHA-256', data)).toString('hex');
}
/** The hex SHA-256 of a file's bytes, read in 1 MiB chunks (never whole in memory). */
async function sha256OfFile(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(file, { highWaterMark: 1 << 20 }))
        hash.update(chunk);
    return hash.digest('hex');
}

;// CONCATENATED MODULE: ./.build/cache/tree-digest.js




/** Bytes read per call; one buffer per reader, reused for every file it hashes (most fit in one). */
const CHUNK = 1 << 20;
function tree_digest_open(file) {
    return new Promise((resolve, reject) => external_node_fs_.open(file, 'r', (error, fd) => (error ? reject(error) : resolve(fd))));
}
function read(fd, buffer) {
    return new Promise((resolve, reject) => external_node_fs_.read(fd, buffer, 0, buffer.length, null, (error, n) => (error ? reject(error) : resolve(n))));
}
function tree_digest_close(fd) {
    return new Promise((resolve, reject) => external_node_fs_.close(fd, (error) => (error ? reject(error) : resolve())));
}
/**
 * The hex SHA-256 of a file, read through `buffer` (no per-file allocation or stream). A short
 * read is the end of a regular file; a full one is followed by another read until one is short.
 */
async function digestFileInto(file, buffer) {
    const fd = await tree_digest_open(file);
    try {
        let n = await read(fd, buffer);
        if (n < buffer.length)
            return await sha256Hex(buffer.subarray(0, n));
        const hash = (0,external_node_crypto_.createHash)('sha256');
        while (n > 0) {
            hash.update(buffer.subarray(0, n));
            if (n < buffer.length)
                break;
            n = await read(fd, buffer);
        }
        return hash.digest('hex');
    }
    finally {
        await tree_digest_close(fd);
    }
}
/** Every non-directory entry under `dir` (one readdir per directory, with file types), `/`-separated. */
async function listFiles(dir) {
    const files = [];
    const walk = async (current, rel) => {
        for (const entry of await external_node_fs_.promises.readdir(current, { withFileTypes: true })) {
            const name = rel ? `${rel}/${entry.name}` : entry.name;
            if (entry.isDirectory())
                await walk(external_node_path_.join(current, entry.name), name);
            else
                files.push(name);
        }
    };
    await walk(dir, '');
    return files;
}
/** Files of one tree read at once: keeps the thread pool busy on trees of many small files. */
const READERS = 4;
/**
 * The files of an extracted tree, named `<prefix>/<rel>`, hashed as they are read (a tree is
 * never held in memory; at most READERS buffers of CHUNK bytes). Mirrors x/mod/sumdb/dirhash
 * DirFiles: every non-directory entry (symlinks followed when read), `/`-separated names.
 */
async function tree_digest_digestTree(dir, prefix) {
    const names = await listFiles(dir);
    const files = new Array(names.length);
    let next = 0;
    const reader = async () => {
        const buffer = Buffer.allocUnsafe(CHUNK);
        while (next < names.length) {
            const index = next++;
            const name = names[index];
            files[index] = {
                name: `${prefix}/${name}`,
                sha256: await digestFileInto(external_node_path_.join(dir, ...name.split('/')), buffer),
            };
        }
    };
    await Promise.all(Array.from({ length: Math.min(READERS, names.length) }, reader));
    return files;
}

;// CONCATENATED MODULE: ./.build/cache/integrity.js













async function isDirectory(dir) {
    try {
        return (await promises_.stat(dir)).isDirectory();
    }
    catch {
        return false;
    }
}
/** `go mod verify`'s dir hash: dirhash.HashDir(dir, path@version, Hash1). */
async function hashExtractedTree(dir, module) {
    return hash1OfDigests(await digestTree(dir, moduleId(module)));
}
/** Names that differ between the zip's files and the tree's, for the report (at most 5). */
function differingFiles(zipFiles, treeFiles) {
    if (!zipFiles)
        return 'the module zip is unreadable, so the changed files cannot be named';
    const zip = new Map(zipFiles.map((f) => [f.name, f.sha256]));
    const tree = new Map(treeFiles.map((f) => [f.name, f.sha256]));
    const changes = [];
    for (const [name, digest] of tree) {
        if (!zip.has(name))
            changes.push(`added ${name}`);
        else if (zip.get(name) !== digest)
            changes.push(`changed ${name}`);
    }
    for (const name of zip.keys())
        if (!tree.has(name))
            changes.push(`removed ${name}`);
    changes.sort();
    if (changes.length === 0)
        return 'file modes or names differ from the zip';
    return changes.slice(0, 5).join(', ') + (changes.length > 5 ? `, and ${changes.length - 5} more` : '');
}
async function sizeIfExists(file) {
    try {
        return (await promises_.stat(file)).size;
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}
/**
 * Every zip is hashed in place, a window of entries at a time (digestZipFile), so the zip bytes in
 * memory are bounded by its window budget however many zips are checked at once. Zips under
 * 16 MiB used to be read whole: several whole zips waited for the digest workers outside that
 * budget, and the integrity check before a save set the run's peak RSS.
 */
async function readAndDigestZip(file, size, thisThread = false) {
    // Hostile until proven: a huge file is refused before it is read.
    if (size > zip_reader/* MAX_ZIP */.l4)
        throw new zip_reader/* ZipFormatError */.PA(`zip is larger than 500 MiB (${size} bytes)`);
    try {
        return await (0,zip_file_digest/* digestZipFile */.Cl)(file, { thisThread });
    }
    catch (error) {
        // A worker that died says nothing about the zip: read it again and hash it here.
        if (error instanceof zip_digest_pool/* DigestWorkerError */.J3 && !thisThread)
            return readAndDigestZip(file, size, true);
        throw error;
    }
}
/** The h1 a restore computed; when its worker failed, the zip is read back and hashed here. */
async function restoredHash(hashed, file) {
    const h1 = await hashed;
    if (h1 instanceof zip_digest_pool/* DigestWorkerError */.J3)
        return (0,dirhash/* hash1OfDigests */.ww)(await readAndDigestZip(file, (await promises_.stat(file)).size, true));
    if (h1 instanceof Error)
        throw h1;
    return h1;
}
/** The zip's files' digests, read again when only its h1 was kept (undefined when unreadable). */
async function zipFilesOf(zip) {
    if (zip.zipFiles || !zip.hasZip)
        return zip.zipFiles;
    try {
        return await readAndDigestZip(`${zip.base}.zip`, (await promises_.stat(`${zip.base}.zip`)).size);
    }
    catch {
        return undefined;
    }
}
/** The .mod's hash against go.sum's `/go.mod` line. */
async function checkGoMod(base, file, modLine, out) {
    const mod = await (0,files/* readIfExists */.O)(`${base}.mod`);
    if (!mod)
        return;
    out.found = true;
    const actual = (0,dirhash/* hashGoMod */.hK)(mod);
    out.againstGoSum ||= modLine !== undefined;
    if (modLine && modLine.hash !== actual)
        out.problems.push({
            kind: 'mod-differs-from-go-sum',
            file,
            expected: modLine.hash,
            actual,
            detail: `go.mod hash ${actual} ≠ ${modLine.file}:${modLine.line} ${modLine.hash}`,
        });
}
/**
 * The zip's h1 (as it landed or as a restore wrote it, else read here) against go.sum and the
 * .ziphash.
 */
async function checkZip(base, file, zipLine, hashed, out) {
    const zipSize = hashed ? undefined : await sizeIfExists(`${base}.zip`);
    const hasZip = hashed !== undefined || zipSize !== undefined;
    const ziphash = (await (0,files/* readIfExists */.O)(`${base}.ziphash`))?.toString('utf8').trim();
    if (!hasZip)
        return { base, hasZip, ziphash };
    out.found = true;
    let zipFiles;
    let zipHash;
    try {
        if (hashed)
            zipHash = await restoredHash(hashed, `${base}.zip`);
        else {
            zipFiles = await readAndDigestZip(`${base}.zip`, zipSize);
            zipHash = (0,dirhash/* hash1OfDigests */.ww)(zipFiles);
        }
    }
    catch (error) {
        out.problems.push({
            kind: 'zip-unreadable',
            file,
            detail: `cannot read the zip: ${error.message}`,
        });
    }
    compareZipHash(file, zipLine, zipHash, ziphash, out);
    return { base, hasZip, zipFiles, zipHash, ziphash };
}
/** The zip's h1 against go.sum's line and the .ziphash go wrote beside it. */
function compareZipHash(file, zipLine, zipHash, ziphash, out) {
    out.againstGoSum ||= zipHash !== undefined && zipLine !== undefined;
    if (zipHash && zipLine && zipLine.hash !== zipHash)
        out.problems.push({
            kind: 'zip-differs-from-go-sum',
            file,
            expected: zipLine.hash,
            actual: zipHash,
            detail: `zip hash ${zipHash} ≠ ${zipLine.file}:${zipLine.line} ${zipLine.hash}`,
        });
    if (ziphash === undefined)
        out.problems.push({
            kind: 'ziphash-missing',
            file: `${file}hash`,
            detail: 'the .ziphash file is missing',
        });
    else if (zipHash && ziphash !== zipHash)
        out.problems.push({
            kind: 'zip-differs-from-ziphash',
            file,
            expected: ziphash,
            actual: zipHash,
            detail: `zip hash ${zipHash} ≠ .ziphash ${ziphash}`,
        });
}
/** The extracted tree's dir hash against go.sum's line (else the .ziphash, else the zip's h1). */
async function checkTree(module, dir, file, zipLine, zip, out) {
    if (!(await isDirectory(dir)))
        return;
    out.found = true;
    const expected = zipLine?.hash ?? zip.ziphash ?? zip.zipHash;
    if (!expected)
        return;
    out.againstGoSum ||= zipLine !== undefined;
    try {
        const treeFiles = await tree_digest_digestTree(dir, (0,module_path/* moduleId */.w)(module));
        const actual = (0,dirhash/* hash1OfDigests */.ww)(treeFiles);
        if (actual !== expected)
            out.problems.push({
                kind: 'extracted-tree-modified',
                file,
                expected,
                actual,
                detail: `dir has been modified: ${differingFiles(await zipFilesOf(zip), treeFiles)}`,
            });
    }
    catch (error) {
        out.problems.push({
            kind: 'extracted-tree-unreadable',
            file,
            detail: `cannot read the tree: ${error.message}`,
        });
    }
}
/** Checks one module version: zip vs go.sum and .ziphash, .mod vs go.sum, tree vs the expected hash. */
async function checkVersion({ gomodcache, goSum, zipDigests, zipHashes }, module, withTree) {
    const paths = (0,module_path/* moduleCachePaths */.n)(gomodcache, module);
    const rel = (file) => external_node_path_.relative(gomodcache, file).split(external_node_path_.sep).join('/');
    const zipLine = (0,go_sum/* findGoSumLine */.F)(goSum, module.path, module.version);
    const modLine = (0,go_sum/* findGoSumLine */.F)(goSum, module.path, `${module.version}/go.mod`);
    const out = { problems: [], found: false, againstGoSum: false };
    await checkGoMod(paths.base, rel(`${paths.base}.mod`), modLine, out);
    const zipFile = rel(`${paths.base}.zip`);
    const hashed = zipHashes?.get(zipFile) ?? zipDigests?.get(zipFile);
    const zip = await checkZip(paths.base, zipFile, zipLine, hashed, out);
    if (withTree)
        await checkTree(module, paths.extracted, rel(paths.extracted), zipLine, zip, out);
    if (!out.found)
        return undefined;
    const status = out.problems.length > 0 ? 'polluted' : out.againstGoSum ? 'verified' : 'unlisted';
    return { path: module.path, version: module.version, status, problems: out.problems, zip: zip.hasZip };
}
/**
 * The module cache's integrity, the one check shared by the cache restore and the checksum
 * verification: for every module version in the cache (or the ones given), the zip's h1 is
 * recomputed and compared with go.sum and with its `.ziphash`, the `.mod` with go.sum's `/go.mod`
 * line, and the extracted tree's dir hash with the same expected hash (what `go mod verify`
 * does, plus the comparison with go.sum that `go mod verify` leaves out).
 */
async function checkCacheIntegrity(options) {
    const { gomodcache } = options;
    const checkTree = options.extractedTrees ?? true;
    let targets;
    if (options.modules)
        targets = [...options.modules];
    else {
        const seen = new Map();
        for (const module of await scanDownloadCache(gomodcache))
            for (const v of module.versions)
                seen.set((0,module_path/* moduleId */.w)(v), { path: v.path, version: v.version });
        if (checkTree)
            for (const tree of await scanExtractedTrees(gomodcache))
                seen.set((0,module_path/* moduleId */.w)(tree), { path: tree.path, version: tree.version });
        targets = [...seen.values()];
    }
    const checked = await (0,_build_concurrency/* mapLimit */.sf)(targets, options.concurrency ?? 2, async (m) => {
        const result = await checkVersion(options, m, checkTree);
        if (result)
            options.onChecked?.(result);
        return result;
    });
    const modules = checked.filter((m) => m !== undefined);
    return {
        modules,
        polluted: modules.filter((m) => m.status === 'polluted'),
        verified: modules.filter((m) => m.status === 'verified').length,
        unlisted: modules.filter((m) => m.status === 'unlisted').length,
    };
}

;// CONCATENATED MODULE: ./.build/cache/proof.js



/** Checksum statuses that prove a module against the checksum database (#14 adds the offline proof). */
const PROVEN_BY_DATABASE = new Set(['verified', 'verified-offline']);
/**
 * Which module versions a cache entry may hold: each build-list module whose checksum status is
 * `verified` (or `verified-offline`), or `private` (GONOSUMDB: go.sum is the only proof); and in
 * both cases whose files in the module cache match go.sum, with a consistent `.ziphash`
 * (checkCacheIntegrity says `verified`). Anything else (unchecked, mismatch, no record, files
 * that differ) is left out, with the reason.
 */
async function provenModules(input) {
    const verdict = new Map(input.checksums.map((c) => [`${c.path}@${c.version}`, c]));
    const candidates = [];
    const leftOut = [];
    for (const module of input.buildList) {
        const stored = (0,build_list/* effectiveModule */.S)(module);
        if (!stored)
            continue; // the main module, or a directory replacement: not in the module cache
        const listed = `${module.path}@${module.version}`;
        const checksum = verdict.get(listed);
        const status = checksum?.status ?? 'not checked';
        if (!PROVEN_BY_DATABASE.has(status) && status !== 'private') {
            leftOut.push({
                module: listed,
                reason: `checksum status '${status}'${checksum?.detail ? ` (${checksum.detail})` : ''}: not proven`,
            });
            continue;
        }
        candidates.push({ stored, listed, status });
    }
    const integrity = await checkCacheIntegrity({
        gomodcache: input.gomodcache,
        goSum: input.goSum,
        modules: candidates.map((c) => c.stored),
        extractedTrees: false,
        zipHashes: input.zipHashes,
    });
    const byId = new Map(integrity.modules.map((m) => [(0,module_path/* moduleId */.w)(m), m]));
    const proven = [];
    for (const candidate of candidates) {
        const found = byId.get((0,module_path/* moduleId */.w)(candidate.stored));
        if (found?.status === 'verified')
            proven.push(candidate.stored);
        else
            leftOut.push({
                module: candidate.listed,
                reason: !found
                    ? 'not in the module cache'
                    : found.status === 'unlisted'
                        ? 'go.sum has no line for its files'
                        : `its files differ: ${found.problems.map((p) => p.detail).join('; ')}`,
            });
    }
    // go.mod-only: versions the module graph loads by go.mod alone, none of the build list (an
    // unproven build-list module must not come in through its go.mod line).
    const inBuildList = new Set(input.buildList.flatMap((m) => {
        const stored = (0,build_list/* effectiveModule */.S)(m);
        return stored ? [(0,module_path/* moduleId */.w)(stored), `${m.path}@${m.version}`] : [`${m.path}@${m.version}`];
    }));
    const goModOnlyCandidates = new Map();
    for (const line of input.goSum) {
        if (!line.version.endsWith('/go.mod'))
            continue;
        const m = { path: line.path, version: line.version.slice(0, -'/go.mod'.length) };
        if (!inBuildList.has((0,module_path/* moduleId */.w)(m)))
            goModOnlyCandidates.set((0,module_path/* moduleId */.w)(m), m);
    }
    const goModIntegrity = await checkCacheIntegrity({
        gomodcache: input.gomodcache,
        goSum: input.goSum.filter((line) => line.version.endsWith('/go.mod')),
        modules: [...goModOnlyCandidates.values()],
        extractedTrees: false,
    });
    const goModOnly = goModIntegrity.modules
        .filter((m) => m.status === 'verified')
        .map((m) => ({ path: m.path, version: m.version }));
    return { proven, goModOnly, leftOut };
}

// EXTERNAL MODULE: ./.build/errors.js
var _build_errors = __webpack_require__(9243);
;// CONCATENATED MODULE: ./.build/cache/save-policy.js
/**
 * Whether this run may write the cache. `cache-save: false` never, `true` always (the user's
 * call). `auto` never from `pull_request_target` (it runs in the base repository's cache scope
 * with a fork's go.sum and modules: a poisoned entry would be restored by trusted runs) and never
 * from a `pull_request` whose head is another repository (a fork), decided from the event payload
 * (`head.repo.full_name !== base.repo.full_name`; a missing head repository counts as a fork).
 */
function decideSave(cacheSave, eventName, payload) {
    if (cacheSave === 'false')
        return { save: false, reason: 'cache-save is false' };
    if (cacheSave === 'true')
        return { save: true };
    if (eventName === 'pull_request_target')
        return {
            save: false,
            reason: 'pull_request_target runs: a fork must not write the base repository’s cache',
        };
    if (eventName === 'pull_request' ||
        eventName === 'pull_request_review' ||
        eventName === 'pull_request_review_comment') {
        const pr = payload?.pull_request;
        const head = pr?.head?.repo;
        const base = pr?.base?.repo;
        const fork = !head ||
            !base ||
            head.full_name !== base.full_name ||
            (head.full_name === undefined && head.fork === true);
        if (fork)
            return { save: false, reason: 'pull request from a fork: its cache is not saved' };
    }
    return { save: true };
}

;// CONCATENATED MODULE: ./.build/cache/save.js





/** Writes the archive list for the save (main step, e.g. under RUNNER_TEMP). */
async function writeArchiveList(file, list) {
    await promises_.mkdir(external_node_path_.dirname(file), { recursive: true });
    await promises_.writeFile(file, JSON.stringify(list));
}
/** Removes the list, and its directory when that is left empty. */
async function removeArchiveList(file) {
    await promises_.rm(file, { force: true }).catch(() => undefined);
    await promises_.rmdir(external_node_path_.dirname(file)).catch(() => undefined);
}
async function readArchiveList(file) {
    const data = JSON.parse(await promises_.readFile(file, 'utf8'));
    if (typeof data.files !== 'object' || data.files === null || !Array.isArray(data.leftOut))
        throw new Error(`${file}: not an archive list`);
    // Names come back from a file another process wrote: only clean names under cache/download.
    for (const name of Object.keys(data.files))
        if (typeof name !== 'string' || !name.startsWith('cache/download/') || name.split('/').includes('..'))
            throw new Error(`${file}: '${String(name)}' is not a module cache file`);
    return data;
}
/**
 * The post step: saves the proven files the main step listed, only when the main step allowed it
 * (primed, the run did not fail), the exact key missed or its entry must be replaced, and the
 * event may write the cache; `cache-save: true` overrides only the event rule. Never throws; a
 * failed save is reported (`failed: true`) and never damages an existing entry. The module cache
 * is only read. The list file is removed whatever happens.
 */
async function saveVerifiedCache(options) {
    const { backend, state, logger } = options;
    try {
        return await save(options);
    }
    finally {
        if (state.listFile)
            await removeArchiveList(state.listFile);
    }
    async function save({ event, now }) {
        const skip = (reason, extra = {}) => {
            logger.info(`Cache not saved: ${reason}.`);
            return { saved: false, reason, key: state.primaryKey, ...extra };
        };
        if (state.skip)
            return skip(state.skip);
        if (state.exact && !state.replace)
            return skip(`exact hit on ${state.matchedKey ?? state.primaryKey}, the entry is already there`);
        const decision = decideSave(state.cacheSave, event?.name, event?.payload);
        if (!decision.save)
            return skip(decision.reason);
        if (!state.listFile)
            return skip('the main step listed no files to save');
        const started = now();
        try {
            const list = await readArchiveList(state.listFile);
            const { files, changed } = await (0,archive_files/* unchangedFiles */.Ji)(state.gomodcache, list.files);
            const all = [
                ...list.leftOut,
                ...changed.map((file) => ({
                    module: file,
                    reason: 'changed after it was verified (its module version is left out)',
                })),
            ];
            const leftOut = all.length > 0 ? all : undefined;
            for (const item of all)
                logger.info(`Cache: left out ${item.module}: ${item.reason}`);
            if (!files.some((f) => !f.startsWith('cache/download/sumdb/')))
                return skip('no module version was proven, so there is nothing to save', { leftOut });
            const bytes = await (0,archive_files/* sizeOf */.$d)(state.gomodcache, files);
            const saved = await backend.save(state.gomodcache, files, state.primaryKey, {
                replace: state.replace,
            });
            const durationMs = Math.max(0, now() - started);
            logger.info(`Cache saved (${backend.name}): ${saved.key}${state.replace ? ' (replacing a bad entry)' : ''}, ${files.length} files, ${bytes} bytes${saved.archiveBytes === undefined ? '' : `, archive ${saved.archiveBytes} bytes`}${leftOut ? `; ${leftOut.length} module version(s) left out, unproven` : ''}`);
            return {
                saved: true,
                key: saved.key,
                bytes,
                archiveBytes: saved.archiveBytes,
                durationMs,
                leftOut,
                replaced: state.replace || undefined,
            };
        }
        catch (error) {
            const reason = `save failed: ${(0,_build_errors/* describeError */.Uc)(error)}`;
            logger.warn(`Cache not saved: ${reason}`);
            return {
                saved: false,
                failed: true,
                reason,
                key: state.primaryKey,
                durationMs: Math.max(0, now() - started),
            };
        }
    }
}

;// CONCATENATED MODULE: ./.build/cache/state.js
const NAME = 'cache';
/** The state entries to save (name → value) for `core.saveState(name, value)`. */
function saveStateForPost(state) {
    return { [NAME]: JSON.stringify(state) };
}
/**
 * The cache state in the post step, from `get(name)` (core.getState); undefined when the main
 * step left none (cache disabled, or it failed before the cache was handed over) or it is not ours.
 */
function readStateInPost(get) {
    const raw = get(NAME);
    if (!raw)
        return undefined;
    let value;
    try {
        value = JSON.parse(raw);
    }
    catch {
        return undefined;
    }
    const text = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
    const backend = value.backend;
    const gomodcache = text(value.gomodcache);
    const primaryKey = text(value.primaryKey);
    if ((backend !== 'actions' && backend !== 'local' && backend !== 's3') || !gomodcache || !primaryKey)
        return undefined;
    const cacheSave = value.cacheSave;
    return {
        backend,
        localDir: text(value.localDir),
        gomodcache,
        primaryKey,
        matchedKey: text(value.matchedKey),
        exact: value.exact === true,
        replace: value.replace === true,
        cacheSave: cacheSave === 'true' || cacheSave === 'false' ? cacheSave : 'auto',
        skip: text(value.skip),
        listFile: text(value.listFile),
    };
}

;// CONCATENATED MODULE: ./.build/cache/entry.js







/**
 * Main step, at the end: decides the next entry (saved only when priming succeeded and the run
 * did not fail; only proven module versions go in), writes its file list for the save, and
 * returns the state entries for `core.saveState(name, value)` and what was decided.
 */
async function planNextEntry(pending, outcome) {
    const skip = !outcome.primed
        ? 'priming did not finish for every module'
        : outcome.failure
            ? `the run failed (${outcome.failure}); a failed run saves nothing`
            : undefined;
    const { restoredModules, ...state } = pending;
    const nothing = { state: saveStateForPost({ ...state, skip }), skip, leftOut: [] };
    if (skip)
        return nothing;
    // An exact hit saves only when its entry must be replaced: polluted or unusable (decided at the
    // restore), or incomplete: a build-list module it lacked is now proven (checked only then).
    const restored = new Set(restoredModules ?? []);
    const lacking = (ids) => ids.some((id) => !restored.has(id));
    const buildIds = outcome.buildList.flatMap((m) => {
        const stored = (0,build_list/* effectiveModule */.S)(m);
        return stored ? [(0,module_path/* moduleId */.w)(stored)] : [];
    });
    if (state.exact && !state.replace && !lacking(buildIds))
        return nothing;
    const landing = outcome.landed;
    const landed = await landing?.unchanged();
    const proof = await provenModules({
        gomodcache: state.gomodcache,
        buildList: outcome.buildList,
        checksums: outcome.checksums,
        goSum: outcome.goSum,
        zipHashes: landed?.hashes,
    });
    if (landing && landed)
        outcome.logger?.info(`Proof for the save: ${landed.hashes.size} zips read as they landed and unchanged since (${landing.counts.sameBytes} the very bytes the relay proved, ${landing.counts.hashed} hashed in full), ${landed.readAgain} to read again`);
    const replace = state.replace || (state.exact && lacking(proof.proven.map(module_path/* moduleId */.w)));
    if (state.exact && !replace)
        return nothing;
    const files = await (0,archive_files/* archiveFiles */.a)(state.gomodcache, proof.proven, proof.goModOnly);
    await writeArchiveList(outcome.listFile, {
        files: await (0,archive_files/* stampFiles */.H0)(state.gomodcache, files),
        leftOut: proof.leftOut,
    });
    return {
        state: saveStateForPost({ ...state, replace, listFile: outcome.listFile }),
        leftOut: proof.leftOut,
    };
}
/**
 * Post step: reads the state (`core.getState`) and saves when allowed. Returns undefined when the
 * main step left no cache state. Never throws.
 */
async function saveCacheEntry(input) {
    const state = readStateInPost(input.getState);
    if (!state)
        return undefined;
    let backend;
    try {
        backend = await input.backendFor(state);
    }
    catch (error) {
        input.logger.warn(`Cache not saved: ${(0,_build_errors/* describeError */.Uc)(error)}`);
        return { saved: false, failed: true, reason: (0,_build_errors/* describeError */.Uc)(error), key: state.primaryKey };
    }
    return saveVerifiedCache({ backend, state, event: input.event, logger: input.logger, now: input.now });
}

;// CONCATENATED MODULE: ./.build/cache/save-outcome.js


/** A failed save as a warning finding (the status line says "passed with warnings"); undefined for a skip or a save. */
function saveWarning(save) {
    if (!save.failed)
        return undefined;
    return {
        kind: 'infrastructure',
        severity: 'warning',
        area: 'cache',
        message: `the module cache was not saved: ${save.reason ?? 'save failed'}`,
    };
}
/** Removes what the state points to when no save will run (nothing is left in the temp dir). */
async function discardCacheState(state) {
    const read = readStateInPost((name) => state[name]);
    if (read?.listFile)
        await removeArchiveList(read.listFile);
}

// EXTERNAL MODULE: ./.build/config/runner-facts.js
var runner_facts = __webpack_require__(985);
;// CONCATENATED MODULE: ./.build/deadline.js
/**
 * One deadline for the whole run, fixed at its start: every `go` command gets what is left of it,
 * so `timeout: 5m` bounds the run, not each command (cmd/go has no such flag: golang/go#28194).
 */
class Deadline {
    budgetMs;
    #at;
    #now;
    constructor(budgetMs, now) {
        this.budgetMs = budgetMs;
        this.#now = now;
        this.#at = now() + budgetMs;
    }
    /** What is left, never negative. A command given 0 is not started (go-command.ts). */
    remainingMs() {
        return Math.max(0, this.#at - this.#now());
    }
    expired() {
        return this.remainingMs() === 0;
    }
}

;// CONCATENATED MODULE: ./.build/module/proxy-list.js

const ACCEPTED = 'a list of proxy URLs separated by `,` (next only on 404/410) or `|` (next on any error), ending optionally in `direct` or `off`, e.g. `https://goproxy.corp.example,https://proxy.golang.org,direct`';
/**
 * Parses a GOPROXY value. Mirrors cmd/go/internal/modfetch/proxy.go proxyList(): entries trimmed,
 * empty ones skipped, `direct` and `off` end the list, implicit https:// for host-like entries,
 * only http, https and file URLs, and an error when a non-empty value holds no entry.
 */
function parseProxyList(input, value) {
    // go would read `a;direct` as one URL and fail on it later; say why now.
    if (value.includes(';'))
        throw new _build_errors/* ConfigError */.xL(input, `'${value.trim()}' contains ';': GOPROXY entries are separated by \`,\` or \`|\``, `e.g. \`${value.trim().replace(/\s*;\s*/g, ',')}\``);
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
        throw new _build_errors/* ConfigError */.xL(input, `GOPROXY list '${value}' is not the empty string, but contains no entries`, ACCEPTED);
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
        throw new _build_errors/* ConfigError */.xL(input, `invalid proxy URL missing scheme: ${redactUrl(entry)}`, ACCEPTED);
    }
    if (!['http:', 'https:', 'file:'].includes(url.protocol)) {
        throw new _build_errors/* ConfigError */.xL(input, `invalid proxy URL scheme (must be https, http, file): ${redactUrl(entry)}`, ACCEPTED);
    }
    if (url.search || url.hash) {
        throw new _build_errors/* ConfigError */.xL(input, `proxy URL ${redactUrl(entry)} has a query or fragment, which GOPROXY does not allow`, ACCEPTED);
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

// EXTERNAL MODULE: ./.build/module/prefix-patterns.js
var prefix_patterns = __webpack_require__(2427);
;// CONCATENATED MODULE: ./.build/module/sumdb-setting.js


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
    return (0,external_node_crypto_.createHash)('sha256').update(`${name}\n`).update(key).digest().readUInt32BE(0);
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
        throw new _build_errors/* ConfigError */.xL(input, 'is empty', sumdb_setting_ACCEPTED);
    if (fields.length > 2)
        throw new _build_errors/* ConfigError */.xL(input, `'${value}' has too many fields`, sumdb_setting_ACCEPTED);
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
        throw new _build_errors/* ConfigError */.xL(input, `'${fields[0]}': ${(0,_build_errors/* describeError */.Uc)(error)}${hint}`, sumdb_setting_ACCEPTED);
    }
    let url;
    if (fields.length === 2) {
        try {
            const parsed = new URL(fields[1]);
            if (!['http:', 'https:'].includes(parsed.protocol))
                throw new Error('scheme');
        }
        catch {
            throw new _build_errors/* ConfigError */.xL(input, `'${fields[1]}' is not an http(s) URL`, sumdb_setting_ACCEPTED);
        }
        url = fields[1].replace(/\/+$/, '');
    }
    return { off: false, key, url };
}

;// CONCATENATED MODULE: ./.build/goproxy/relay-types.js
/** The choices of the `fallback` input (the input also gives the order to try them in). */
const FALLBACKS = ['next-proxy', 'cache', 'direct'];

;// CONCATENATED MODULE: ./.build/goproxy/path-routes.js




const ROUTES_INPUT = 'proxy-routes';
const path_routes_ACCEPTED = 'one rule per line, first match wins: `<globs as in GOPRIVATE> => <GOPROXY list>`, e.g. `corp.example.com/*, git.corp.example.com/* => https://goproxy.corp.example|direct`';
/** How the report and the log name the route of paths no rule matches (the `proxy` input). */
const DEFAULT_ROUTE_LABEL = '(default)';
/**
 * Parses `proxy-routes`: globs as GOPRIVATE (x/mod MatchPrefixPatterns), each list as GOPROXY
 * (cmd/go proxyList). Every bad line is reported at once, by its number.
 */
function parsePathRoutes(value) {
    const routes = [];
    const problems = [];
    value.split('\n').forEach((raw, index) => {
        const text = raw.trim();
        if (text === '' || text.startsWith('#'))
            return;
        const where = `line ${index + 1}`;
        const arrow = text.indexOf('=>');
        if (arrow < 0)
            return problems.push(`${where}: no '=>' between the globs and the proxy list`);
        try {
            const globs = (0,prefix_patterns/* parsePrefixPatterns */.p3)(ROUTES_INPUT, text.slice(0, arrow));
            if (globs.length === 0)
                return problems.push(`${where}: no module path glob before '=>'`);
            const listText = text.slice(arrow + 2).trim();
            if (listText === '')
                return problems.push(`${where}: no proxy list after '=>'`);
            routes.push({ label: globs.join(', '), globs, list: parseProxyList(ROUTES_INPUT, listText) });
        }
        catch (error) {
            const message = error.message.replace(/^Input '[^']*': /, '').split('\n')[0];
            problems.push(`${where}: ${message}`);
        }
    });
    if (problems.length > 0)
        throw new _build_errors/* ConfigError */.xL(ROUTES_INPUT, problems.join('; '), path_routes_ACCEPTED);
    return routes;
}
/**
 * The module path a request shows its upstream: the module of a module request, the path of a
 * checksum database lookup; undefined for tiles, /latest and /supported, which name no module.
 */
function revealedPath(request) {
    if (request.kind !== 'sumdb')
        return request.module;
    const lookup = /^lookup\/(.+)@[^@]*$/.exec(request.rest);
    return lookup ? (0,module_escape/* unescapeModulePath */.ql)(lookup[1]) : undefined;
}
/** The first route whose globs match the module path (first match wins), or undefined (the default). */
function pathRouteIndexOf(routes, modulePath) {
    const index = routes.findIndex((r) => (0,prefix_patterns/* matchPrefixPatterns */.J8)(r.globs, modulePath));
    return index < 0 ? undefined : index;
}
/**
 * Chooses, per request and before any upstream is asked, the upstreams it may go to: those of the
 * first route matching the module path it reveals, else the default route (the `proxy` input).
 * Requests naming no module (checksum tiles, /latest, /supported) take the default route. A
 * route's states are its own, so its fallbacks and hedges never leave it: no module path reaches
 * an upstream of a route it does not match, by construction.
 */
class PathRoutes {
    routes;
    plans;
    fallback;
    constructor(routes, plans, fallback) {
        this.routes = routes;
        this.plans = plans;
        this.fallback = fallback;
    }
    /** The plan for a request. */
    planFor(request) {
        const path = revealedPath(request);
        const index = path === undefined ? undefined : pathRouteIndexOf(this.routes, path);
        return index === undefined ? this.fallback : this.plans[index];
    }
    /** The upstream states a request may use (RouteContext.statesFor). */
    statesFor(request) {
        return this.planFor(request).states;
    }
    /** The default route, then each rule in order. */
    all() {
        return [this.fallback, ...this.plans];
    }
    /** The route label of an upstream state. */
    labelOf(state) {
        return this.all().find((p) => p.states.includes(state))?.label;
    }
    /** `corp.test/*: goproxy.corp.test; (default): proxy.golang.org`, for the relay's first log line. */
    describe() {
        return this.all()
            .map((p) => `${p.label}: ${[...p.states.map((s) => s.upstream.name), ...(p.ends ? [p.ends] : [])].join(', ') || '(no upstream)'}`)
            .join('; ');
    }
    /** One row per route for the report: its upstreams and what it carried (from the request log). */
    report(log) {
        const rows = this.all().map((plan) => ({
            route: plan.label,
            upstreams: plan.states.map((s) => s.upstream.name),
            ...(plan.ends ? { ends: plan.ends } : {}),
            requests: 0,
            served: 0,
            failed: 0,
        }));
        for (const entry of log) {
            if (!entry.request)
                continue;
            const row = rows[this.all().indexOf(this.planFor(entry.request))];
            row.requests++;
            if (entry.status === 200)
                row.served++;
            else if (entry.status >= 500)
                row.failed++;
        }
        return rows;
    }
}
/**
 * Builds the routes over the relay's states: the default list's upstreams first, then each rule's
 * (as startRelay prepared them, in that order).
 */
function planPathRoutes(routes, defaultList, states, counts, direct) {
    // The relay's own direct route (direct-fetch.ts) races last in every route whose list ends in `direct`.
    const withDirect = (own, list) => direct && listEnd(list) === 'direct' ? [...own, direct] : own;
    let at = counts[0];
    const fallback = {
        label: DEFAULT_ROUTE_LABEL,
        states: withDirect(states.slice(0, at), defaultList),
        ends: listEnd(defaultList),
    };
    const plans = routes.map((route, i) => {
        const own = states.slice(at, at + counts[i + 1]);
        at += counts[i + 1];
        return { label: route.label, states: withDirect(own, route.list), ends: listEnd(route.list) };
    });
    return new PathRoutes(routes, plans, fallback);
}
/** How a GOPROXY list ends after its URLs (`direct` or `off` end it, as in cmd/go proxyList). */
function listEnd(list) {
    const end = list.find((spec) => spec.kind !== 'url');
    return end?.kind === 'direct' || end?.kind === 'off' ? end.kind : undefined;
}

// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
;// CONCATENATED MODULE: ./.build/net/client-certs.js






const CLIENT_CERTS_INPUT = 'proxy-client-certs';
const client_certs_ACCEPTED = 'one line per HTTPS origin: `https://goproxy.corp.example cert=/path/client.pem key=/path/client.key [ca=/path/ca.pem]` (cert and key may name one PEM file holding both)';
/**
 * Parses `proxy-client-certs`. Mirrors the GOAUTH `mtls` proposal (golang/go#30119): one
 * certificate per canonical HTTPS origin; plain http is refused (a client certificate over an
 * unencrypted connection authenticates nothing). Every bad line is reported at once.
 */
function parseClientCertRules(value) {
    const rules = [];
    const problems = [];
    value.split('\n').forEach((raw, index) => {
        const text = raw.trim();
        if (text === '' || text.startsWith('#'))
            return;
        const where = `line ${index + 1}`;
        const [originText, ...fields] = text.split(/\s+/);
        let url;
        try {
            url = new URL(originText);
        }
        catch {
            return problems.push(`${where}: '${originText}' is not a URL`);
        }
        if (url.protocol !== 'https:')
            return problems.push(`${where}: ${url.protocol.slice(0, -1)}:// refused: a client certificate goes only over https`);
        if (url.username ||
            url.password ||
            url.search ||
            url.hash ||
            (url.pathname !== '/' && url.pathname !== ''))
            return problems.push(`${where}: give the origin alone (scheme, host, port), not '${url.href}'`);
        const values = new Map();
        for (const field of fields) {
            const m = /^(cert|key|ca)=(.+)$/.exec(field);
            if (!m)
                return problems.push(`${where}: '${field.split('=')[0]}' is not cert=, key= or ca=`);
            if (values.has(m[1]))
                return problems.push(`${where}: ${m[1]}= is given twice`);
            values.set(m[1], m[2]);
        }
        const certFile = values.get('cert') ?? values.get('key');
        const keyFile = values.get('key') ?? values.get('cert');
        if (!certFile || !keyFile)
            return problems.push(`${where}: cert= is missing`);
        if (rules.some((r) => r.origin === url.origin))
            return problems.push(`${where}: ${url.origin} already has a certificate on an earlier line`);
        rules.push({
            origin: url.origin,
            certFile,
            keyFile,
            caFile: values.get('ca'),
            label: `${CLIENT_CERTS_INPUT} ${where} (${url.origin})`,
        });
    });
    if (problems.length > 0)
        throw new _build_errors/* ConfigError */.xL(CLIENT_CERTS_INPUT, problems.join('; '), client_certs_ACCEPTED);
    return rules;
}
const PEM_CERT = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;
/** Reads and checks one rule's files: throws a message naming what is wrong (never the contents). */
function loadRule(rule, nowMs) {
    const read = (what, file) => {
        try {
            return external_node_fs_.readFileSync(file, 'utf8');
        }
        catch (error) {
            const code = error.code ?? error.message;
            throw new Error(`${what} file ${file} cannot be read (${code})`);
        }
    };
    const certText = read('cert', rule.certFile);
    const certs = certText.match(PEM_CERT) ?? [];
    const first = certs[0];
    if (first === undefined)
        throw new Error(`cert file ${rule.certFile} holds no PEM certificate`);
    let leaf;
    try {
        leaf = new external_node_crypto_.X509Certificate(first);
    }
    catch {
        throw new Error(`cert file ${rule.certFile}: its first certificate cannot be parsed`);
    }
    let key;
    try {
        key = (0,external_node_crypto_.createPrivateKey)(rule.keyFile === rule.certFile ? certText : read('key', rule.keyFile));
    }
    catch (error) {
        if (error instanceof Error && error.message.includes('cannot be read'))
            throw error;
        throw new Error(`key file ${rule.keyFile} holds no usable PEM private key (an encrypted key is not supported)`);
    }
    if (!leaf.checkPrivateKey(key))
        throw new Error(`the key in ${rule.keyFile} does not match the certificate in ${rule.certFile}`);
    const notAfter = new Date(leaf.validTo);
    if (notAfter.getTime() <= nowMs)
        throw new Error(`the certificate in ${rule.certFile} expired on ${notAfter.toISOString()}`);
    const notBefore = new Date(leaf.validFrom);
    if (notBefore.getTime() > nowMs)
        throw new Error(`the certificate in ${rule.certFile} is not valid before ${notBefore.toISOString()}`);
    let ca;
    if (rule.caFile !== undefined) {
        const extra = read('ca', rule.caFile).match(PEM_CERT) ?? [];
        if (extra.length === 0)
            throw new Error(`ca file ${rule.caFile} holds no PEM certificate`);
        // Added to the system roots, which stay trusted (node replaces them when `ca` is given).
        ca = [...external_node_tls_.rootCertificates, ...extra];
    }
    const pem = key.export({ type: 'pkcs8', format: 'pem' }).toString();
    return { cert: certs.join('\n'), key: pem, ...(ca ? { ca } : {}) };
}
/**
 * Checks every rule's files now (missing, unreadable, key not matching, expired): one ConfigError
 * naming each bad line, so a run never starts with a certificate that cannot work.
 */
function checkClientCerts(rules, nowMs) {
    const problems = [];
    for (const rule of rules) {
        try {
            loadRule(rule, nowMs);
        }
        catch (error) {
            problems.push(`${rule.label}: ${error.message}`);
        }
    }
    if (problems.length > 0)
        throw new _build_errors/* ConfigError */.xL(CLIENT_CERTS_INPUT, problems.join('; '), client_certs_ACCEPTED);
}
/**
 * Refuses a certificate for a host GOINSECURE names: that host may be fetched without verifying
 * the server, and a client certificate must never be presented to an unverified server.
 */
function refuseInsecureOrigins(rules, goInsecure) {
    const globs = goInsecure
        .split(',')
        .map((g) => g.trim())
        .filter((g) => g !== '');
    const bad = rules.filter((r) => (0,prefix_patterns/* matchPrefixPatterns */.J8)(globs, new URL(r.origin).hostname));
    if (bad.length === 0)
        return;
    throw new _build_errors/* ConfigError */.xL(CLIENT_CERTS_INPUT, bad.map((r) => `${r.label}: GOINSECURE covers this host; mTLS needs the server verified`).join('; '), 'remove the host from GOINSECURE (the given ca= is added to the trusted roots), or drop its line');
}
/**
 * The client certificates of one HTTP client (the relay, the checksum client): per origin one
 * keep-alive agent presenting its certificate, made on the first request to that origin (the
 * files are read only then). Every hop of a redirect asks again by its own origin, so a
 * certificate never goes to another origin.
 */
class ClientCerts {
    rules;
    now;
    agents = new Map();
    loaded = new Map();
    contexts = new Map();
    constructor(rules, now = Date.now) {
        this.rules = rules;
        this.now = now;
    }
    /** The rule for a URL's canonical origin (https only), or undefined. */
    ruleFor(url) {
        if (url.protocol !== 'https:')
            return undefined;
        return this.rules.find((r) => r.origin === url.origin);
    }
    /** The TLS options for a URL (undefined: none of ours); throws when its files went bad since start. */
    tlsFor(url) {
        const rule = this.ruleFor(url);
        if (!rule)
            return undefined;
        let loaded = this.loaded.get(rule.origin);
        if (!loaded) {
            try {
                loaded = loadRule(rule, this.now());
            }
            catch (error) {
                throw new Error(`${rule.label}: ${error.message}`);
            }
            this.loaded.set(rule.origin, loaded);
        }
        return loaded;
    }
    /**
     * The secure context for a URL's origin (its certificate, key and roots), or undefined. One per
     * origin: given `ca` and `cert` instead, node parses the system roots again on every connection.
     */
    secureContextFor(url) {
        const options = this.tlsFor(url);
        if (!options)
            return undefined;
        let context = this.contexts.get(url.origin);
        if (!context) {
            context = external_node_tls_.createSecureContext(options);
            this.contexts.set(url.origin, context);
        }
        return context;
    }
    /** The keep-alive agent for a URL's origin with its certificate, or undefined. */
    agentFor(url) {
        const secureContext = this.secureContextFor(url);
        if (!secureContext)
            return undefined;
        let agent = this.agents.get(url.origin);
        if (!agent) {
            agent = new external_node_https_.Agent({ keepAlive: true, secureContext });
            this.agents.set(url.origin, agent);
        }
        return agent;
    }
    destroy() {
        for (const agent of this.agents.values())
            agent.destroy();
        this.agents.clear();
    }
}
/**
 * A TLS failure that says the server wanted a client certificate, with the input that gives one.
 * Without a certificate a server requiring one ends the handshake with a `certificate required`
 * (TLS 1.3) or `handshake failure` alert.
 */
function explainTlsError(error, url, certs) {
    // Duck-typed: node's own errors may come from another realm (instanceof Error fails there).
    const message = error?.message;
    if (typeof message !== 'string' || url.protocol !== 'https:')
        return error;
    const code = String(error.code ?? '');
    const text = `${code} ${message}`;
    const rule = certs?.ruleFor(url);
    const alert = /CERTIFICATE_REQUIRED|HANDSHAKE_FAILURE|BAD_CERTIFICATE|UNKNOWN_CA|certificate required/i.test(text);
    // Under TLS 1.3 the server's verdict on our certificate comes after our handshake ended: a
    // reset before any response is often all the client sees of it.
    const reset = rule !== undefined && /ECONNRESET|socket hang up/i.test(text);
    if (!alert && !reset)
        return error;
    const hint = rule
        ? `${url.origin} ${alert ? 'refused' : 'may have refused'} the client certificate of ${rule.label}`
        : `${url.origin} asks for a client certificate: give one in input '${CLIENT_CERTS_INPUT}'`;
    return Object.assign(new Error(`${message.trim()} (${hint})`, { cause: error }), { code });
}

// EXTERNAL MODULE: ./.build/cache/s3-location.js
var s3_location = __webpack_require__(2913);
// EXTERNAL MODULE: ./.build/config/duration.js
var duration = __webpack_require__(4757);
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
    throw new _build_errors/* ConfigError */.xL(input, `'${value}' is not a boolean`, '`true` or `false`');
}
function parseEnum(input, value, allowed) {
    const text = value.trim().toLowerCase();
    const found = allowed.find((option) => option === text);
    if (found === undefined) {
        throw new _build_errors/* ConfigError */.xL(input, `'${value}' is not one of the accepted values`, allowed.map((a) => `\`${a}\``).join(', '));
    }
    return found;
}
function parseFraction(input, value) {
    const text = value.trim();
    const number = /^(0(\.\d+)?|1(\.0+)?|\.\d+)$/.test(text) ? Number(text) : NaN;
    if (Number.isNaN(number))
        throw new _build_errors/* ConfigError */.xL(input, `'${value}' is not a number between 0 and 1`, 'e.g. `0.9`');
    return number;
}

;// CONCATENATED MODULE: ./.build/config/artifact-inputs.js



const SBOM_FORMATS = ['cyclonedx', 'spdx'];
/**
 * `sbom: cyclonedx, spdx` with `sbom-file: out/bom.json` writes out/bom.cdx.json and
 * out/bom.spdx.json; one format writes sbom-file as named. The default sits next to the report.
 */
function parseArtifactInputs(get, reportFile) {
    const formats = parseSbomFormats(get('sbom'));
    const named = get('sbom-file').trim();
    const fileFor = (format) => {
        const ext = format === 'cyclonedx' ? '.cdx' : '.spdx';
        if (named === '')
            return external_node_path_.join(external_node_path_.dirname(reportFile), `sbom${ext}.json`);
        if (formats.length === 1)
            return external_node_path_.resolve(named);
        const parsed = external_node_path_.parse(external_node_path_.resolve(named));
        return external_node_path_.join(parsed.dir, `${parsed.name}${ext}${parsed.ext || '.json'}`);
    };
    if (formats.length === 0 && named !== '') {
        // A file named for an SBOM that is never written would be a silent no.
        throw new _build_errors/* ConfigError */.xL('sbom-file', `is set to '${named}', but sbom is \`none\``, 'sbom: cyclonedx, spdx or both');
    }
    const notices = get('notices-file').trim();
    const metrics = get('metrics-file').trim();
    const compareTo = get('compare-to').trim();
    return {
        sbomFiles: Object.fromEntries(formats.map((f) => [f, fileFor(f)])),
        noticesFile: notices === '' ? undefined : external_node_path_.resolve(notices),
        ...(metrics === '' ? {} : { metricsFile: external_node_path_.resolve(metrics) }),
        compareTo: compareTo === '' ? undefined : compareTo,
        gate: parseEnum('gate', get('gate'), ['all', 'changed']),
    };
}
function parseSbomFormats(value) {
    const entries = parseList(value).map((e) => e.toLowerCase());
    const accepted = '`none`, `cyclonedx`, `spdx`, or `cyclonedx, spdx`';
    if (entries.length === 0 || (entries.length === 1 && entries[0] === 'none'))
        return [];
    const formats = [];
    for (const entry of entries) {
        const format = SBOM_FORMATS.find((f) => f === entry);
        if (!format)
            throw new _build_errors/* ConfigError */.xL('sbom', `'${entry}' is not an SBOM format`, accepted);
        if (formats.includes(format))
            throw new _build_errors/* ConfigError */.xL('sbom', `'${entry}' is listed twice`, accepted);
        formats.push(format);
    }
    return formats;
}

// EXTERNAL MODULE: ./.build/config/inputs.js
var inputs = __webpack_require__(6600);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
// EXTERNAL MODULE: ./node_modules/spdx-expression-parse/index.js
var spdx_expression_parse = __webpack_require__(3326);
// EXTERNAL MODULE: ./node_modules/spdx-correct/index.js
var spdx_correct = __webpack_require__(5728);
;// CONCATENATED MODULE: ./.build/config/license-exceptions.js






const license_exceptions_ACCEPTED = 'one per line: `<module-glob>[@<semver-range>] <SPDX-expression | ignore>`, e.g. `github.com/acme/*@>=1.2.0 <2 Apache-2.0` or `example.com/tool ignore`';
function parseLicenseExceptions(input, value) {
    return parseLines(value).map(({ line, text }) => parseException(input, line, text));
}
function parseException(input, line, text) {
    const where = `line ${line} '${text}'`;
    // The range may hold spaces (`>=1.2.0 <2`): take the last field(s) that parse as a license.
    const [target, license] = splitTargetAndLicense(text) ?? [];
    if (target === undefined || license === undefined) {
        throw new _build_errors/* ConfigError */.xL(input, `${where} has no license after the module`, license_exceptions_ACCEPTED);
    }
    const at = target.indexOf('@');
    const module = at >= 0 ? target.slice(0, at) : target;
    const versions = at >= 0 ? target.slice(at + 1).trim() : undefined;
    try {
        (0,prefix_patterns/* pathMatch */.z2)(module, '');
    }
    catch (error) {
        throw new _build_errors/* ConfigError */.xL(input, `${where}: '${module}' is not a valid glob (${error.message})`, license_exceptions_ACCEPTED);
    }
    if (versions !== undefined && semver.validRange(versions) === null) {
        throw new _build_errors/* ConfigError */.xL(input, `${where}: '${versions}' is not a semver range`, license_exceptions_ACCEPTED);
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
        spdx_expression_parse(expression);
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
        return spdx_correct(token, { upgrade: true }) ?? token;
    });
    if (corrected !== expression && tryParse(corrected)) {
        throw new _build_errors/* ConfigError */.xL(input, `${where}: '${expression}' is not a valid SPDX expression; did you mean '${corrected}'?`, license_exceptions_ACCEPTED);
    }
    throw new _build_errors/* ConfigError */.xL(input, `${where}: '${expression}' is not a valid SPDX expression or 'ignore'`, license_exceptions_ACCEPTED);
}

// EXTERNAL MODULE: ./node_modules/spdx-license-ids/index.json
var spdx_license_ids = __webpack_require__(5204);
// EXTERNAL MODULE: ./node_modules/spdx-license-ids/deprecated.json
var deprecated = __webpack_require__(3389);
;// CONCATENATED MODULE: ./.build/config/spdx-ids.js




// Static imports only: @vercel/ncc bundles them, but leaves createRequire() calls to be resolved
// at run time, where the action has no node_modules.
const canonical = new Map([...spdx_license_ids].map((id) => [id.toLowerCase(), id]));
const spdx_ids_deprecated = new Set(deprecated.map((id) => id.toLowerCase()));
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
        throw new _build_errors/* ConfigError */.xL(input, `'${text}' is an SPDX expression; list single license ids here (an allow list of MIT and Apache-2.0 already allows 'MIT OR Apache-2.0')`, 'SPDX license ids separated by commas or newlines, e.g. `MIT, Apache-2.0, BSD-3-Clause`');
    }
    if (/^LicenseRef-[A-Za-z0-9.-]+$/.test(text))
        return text;
    const exact = canonical.get(text.toLowerCase());
    if (exact !== undefined)
        return exact;
    if (spdx_ids_deprecated.has(text.toLowerCase()) || /\+$/.test(text)) {
        const upgraded = spdx_correct(text, { upgrade: true });
        if (upgraded && canonical.has(upgraded.toLowerCase()))
            return upgraded;
    }
    const suggestion = spdx_correct(text, { upgrade: true });
    throw new _build_errors/* ConfigError */.xL(input, `'${text}' is not an SPDX license id${suggestion ? `; did you mean '${suggestion}'?` : ''}`, 'SPDX license ids (https://spdx.org/licenses/), e.g. `MIT`, `Apache-2.0`, `BSD-3-Clause`, or `LicenseRef-<name>`');
}

;// CONCATENATED MODULE: ./.build/config/config.js















/**
 * Parses every input into one frozen Config. Throws the first ConfigError found; nothing runs
 * before this returns. Empty values take the action.yml default.
 */
function parseConfig(raw, runner) {
    for (const name of Object.keys(raw)) {
        if (!inputs/* INPUTS */.m.some((spec) => spec.name === name)) {
            const near = inputs/* INPUTS */.m.find((spec) => spec.name.replace(/-/g, '') === name.replace(/[-_]/g, '').toLowerCase());
            throw new _build_errors/* ConfigError */.xL(name, `is not an input of this action${near ? `; did you mean '${near.name}'?` : ''}`);
        }
    }
    const get = (name) => {
        const spec = inputs/* INPUTS */.m.find((s) => s.name === name);
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
        throw new _build_errors/* ConfigError */.xL('license-deny', `${both.join(', ')} is both allowed and denied`, 'an id in one list only');
    }
    const latencyBudgetMs = (0,duration/* parseDuration */.E)('latency-budget', get('latency-budget'));
    const timeoutMs = (0,duration/* parseDuration */.E)('timeout', get('timeout'));
    if (timeoutMs < latencyBudgetMs) {
        throw new _build_errors/* ConfigError */.xL('timeout', `${get('timeout')} is shorter than the latency budget (${get('latency-budget')})`, 'a duration longer than latency-budget');
    }
    const backend = parseEnum('cache-backend', get('cache-backend'), [
        'auto',
        'actions',
        'local',
        's3',
    ]);
    const cacheDir = optional('cache-dir');
    const cacheS3 = parseCacheS3(backend, optional('cache-url'), get('cache-s3-path-style'), runner.env);
    const reportFile = external_node_path_.resolve(optional('report-file') ?? external_node_path_.join(runner.tempDir, 'go-module-warden', 'report.json'));
    const config = {
        workingDirectory: get('working-directory').trim(),
        proxy: proxyValue === undefined ? undefined : parseProxyList('proxy', proxyValue),
        private: privateValue === undefined ? undefined : (0,prefix_patterns/* parsePrefixPatterns */.p3)('private', privateValue),
        latencyBudgetMs,
        stallTimeoutMs: (0,duration/* parseDuration */.E)('stall-timeout', get('stall-timeout')),
        fallback: parseFallbacks(get('fallback')),
        timeoutMs,
        prefetch: parseBoolean('prefetch', get('prefetch')),
        sumdb: sumdbValue === undefined ? undefined : parseSumdbSetting('sumdb', sumdbValue),
        sumdbUnavailable: parseEnum('sumdb-unavailable', get('sumdb-unavailable'), ['fail', 'warn']),
        sumdbNoRecord: parseEnum('sumdb-no-record', get('sumdb-no-record'), ['fail', 'warn']),
        licenseAllow,
        licenseDeny,
        licenseExceptions: parseLicenseExceptions('license-exceptions', get('license-exceptions')),
        licenseConfidence: parseFraction('license-confidence', get('license-confidence')),
        licenseScope: parseEnum('license-scope', get('license-scope'), [
            'shipped',
            'build-list',
            'imports',
        ]),
        unknownLicense: parseEnum('unknown-license', get('unknown-license'), ['fail', 'warn']),
        cache: parseBoolean('cache', get('cache')),
        cacheSave: parseEnum('cache-save', get('cache-save'), ['auto', 'true', 'false']),
        cacheBackend: cacheS3 ? 's3' : backend === 'auto' ? (runner.onGitHub ? 'actions' : 'local') : backend,
        cacheDir: external_node_path_.resolve(cacheDir ?? external_node_path_.join(runner.homeDir, '.cache', 'go-module-warden')),
        cacheKeyPrefix: parseCacheKeyPrefix(get('cache-key-prefix')),
        ...(cacheS3 ? { cacheS3 } : {}),
        cacheHeal: parseBoolean('cache-heal', get('cache-heal')),
        warnOnly: parseBoolean('warn-only', get('warn-only')),
        reportFile,
        artifacts: parseArtifactInputs(get, reportFile),
        proxyRoutes: parsePathRoutes(get('proxy-routes')),
        proxyClientCerts: parseClientCertRules(get('proxy-client-certs')),
    };
    return deepFreeze(config);
}
function parseFallbacks(value) {
    const accepted = '`none`, or any of `next-proxy`, `cache`, `direct` in the order to try them, e.g. `next-proxy, cache, direct`';
    const entries = parseList(value).map((entry) => entry.toLowerCase());
    if (entries.length === 1 && entries[0] === 'none')
        return [];
    if (entries.includes('none'))
        throw new _build_errors/* ConfigError */.xL('fallback', `'none' cannot be combined with other fallbacks`, accepted);
    const seen = new Set();
    for (const entry of entries) {
        if (!FALLBACKS.includes(entry)) {
            throw new _build_errors/* ConfigError */.xL('fallback', `'${entry}' is not a fallback`, accepted);
        }
        if (seen.has(entry))
            throw new _build_errors/* ConfigError */.xL('fallback', `'${entry}' is listed twice`, accepted);
        seen.add(entry);
    }
    if (entries.length === 0)
        throw new _build_errors/* ConfigError */.xL('fallback', 'is empty', accepted);
    return [...seen];
}
/** `cache-url` for `cache-backend: s3` (or `auto` with a URL); another backend with a URL is a mistake. */
function parseCacheS3(backend, url, pathStyle, env) {
    const style = parseEnum('cache-s3-path-style', pathStyle, ['auto', 'true', 'false']);
    if (backend === 's3' && url === undefined)
        throw new _build_errors/* ConfigError */.xL('cache-url', 'is required with cache-backend: s3', '`s3://<bucket>/<prefix>`, e.g. `cache-url: s3://build-cache/go-modules`');
    if (url === undefined)
        return undefined;
    if (backend === 'actions' || backend === 'local')
        throw new _build_errors/* ConfigError */.xL('cache-url', `is set, but cache-backend is '${backend}'`, '`cache-backend: s3` (or `auto`) with `cache-url`, or no `cache-url`');
    return (0,s3_location/* parseS3Location */.T)('cache-url', url, style, env ?? {});
}
function parseCacheKeyPrefix(value) {
    const text = value.trim();
    if (!/^[A-Za-z0-9._-]{1,100}$/.test(text)) {
        throw new _build_errors/* ConfigError */.xL('cache-key-prefix', `'${value}' cannot be part of a cache key`, 'letters, digits, `.`, `_` and `-`, at most 100 characters');
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

;// CONCATENATED MODULE: ./.build/config/all-inputs.js


/** Several inputs are wrong: each one named, with its fix, in one message (one CI run, not four). */
class ConfigErrors extends _build_errors/* ConfigError */.xL {
    errors;
    constructor(errors) {
        super(errors[0].input, 'several inputs are not valid');
        this.errors = errors;
        this.message = [
            `${errors.length} inputs are not valid (fix them all, then run again):`,
            ...errors.map((e) => `- ${e.message.replace(/\n/g, '\n  ')}`),
        ].join('\n');
    }
}
/**
 * parseConfig, reporting every bad input at once: each ConfigError found sets that input aside
 * (its default, or dropped when it is not an input at all) and parsing starts again, until the
 * rest parses. One bad input throws its own ConfigError, several throw ConfigErrors.
 */
function parseConfigReportingAll(raw, runner) {
    const errors = [];
    let inputs = { ...raw };
    for (;;) {
        try {
            const config = parseConfig(inputs, runner);
            if (errors.length === 0)
                return config;
            break;
        }
        catch (error) {
            if (!(error instanceof _build_errors/* ConfigError */.xL) || !(error.input in inputs) || inputs[error.input] === undefined)
                throw errors.length === 0 ? error : new ConfigErrors([...errors, error]);
            errors.push(error);
            const { [error.input]: _set, ...rest } = inputs;
            inputs = rest;
        }
    }
    throw errors.length === 1 ? errors[0] : new ConfigErrors(errors);
}

;// CONCATENATED MODULE: ./.build/config/paths.js



/** Several bad inputs at once: one line each, every one named. */
class paths_ConfigErrors extends _build_errors/* WardenError */.Sh {
    errors;
    inputs;
    constructor(errors) {
        super('config', errors.map((e) => e.message).join('\n'));
        this.errors = errors;
        this.inputs = errors.map((e) => e.input);
    }
}
/**
 * The paths a run reads and writes, checked before anything runs: a missing folder would
 * otherwise surface as "go not found" (spawn ENOENT), and a bad output file only after the whole
 * run, as "internal error". Every output (report, SBOMs, notices) is checked, and every bad one
 * is named at once.
 */
async function checkPaths(config) {
    const dir = external_node_path_.resolve(config.workingDirectory);
    const stat = await statOrUndefined(dir);
    const accepted = 'the folder that holds go.mod (or go.work)';
    if (!stat)
        throw new _build_errors/* ConfigError */.xL('working-directory', `'${config.workingDirectory}' does not exist (resolved to ${dir})`, accepted);
    if (!stat.isDirectory())
        throw new _build_errors/* ConfigError */.xL('working-directory', `'${config.workingDirectory}' is a file, not a folder`, accepted);
    const errors = [];
    const outputs = outputFiles(config);
    for (const output of outputs) {
        const error = await checkWritableFile(output);
        if (error)
            errors.push(error);
    }
    errors.push(...sharedPaths(outputs));
    if (errors.length === 1)
        throw errors[0];
    if (errors.length > 1)
        throw new paths_ConfigErrors(errors);
}
/** The files the run writes, by the input that names them (an SBOM's default path under 'sbom-file'). */
function outputFiles(config) {
    const { sbomFiles = {}, noticesFile, metricsFile } = config.artifacts ?? {};
    return [
        { input: 'report-file', file: config.reportFile },
        ...Object.values(sbomFiles).map((file) => ({ input: 'sbom-file', file })),
        ...(noticesFile ? [{ input: 'notices-file', file: noticesFile }] : []),
        ...(metricsFile ? [{ input: 'metrics-file', file: metricsFile }] : []),
    ];
}
const paths_ACCEPTED = 'a file path in a folder this job may write';
function sharedPaths(outputs) {
    const errors = [];
    outputs.forEach((output, i) => {
        const first = outputs.findIndex((o) => external_node_path_.resolve(o.file) === external_node_path_.resolve(output.file));
        if (first === i)
            return;
        const other = outputs[first].input;
        const problem = other === output.input
            ? `'${output.file}' is written twice`
            : `'${output.file}' is also the '${other}' input: one would overwrite the other`;
        errors.push(new _build_errors/* ConfigError */.xL(output.input, problem, `a path of its own, not the ${other}`));
    });
    return errors;
}
// statfs(2) magic numbers of kernel filesystems where no file can be made: writing there
// (mkdir -p under /proc) spins instead of failing.
const KERNEL_FILESYSTEMS = new Set([
    0x9fa0 /* proc */, 0x62656572 /* sysfs */, 0x27e0eb /* cgroup */, 0x63677270 /* cgroup2 */,
    0x64626720 /* debugfs */, 0x73636673 /* securityfs */,
]);
async function checkWritableFile({ input, file }) {
    const own = await lstatOrUndefined(file);
    if (own?.isDirectory())
        return new _build_errors/* ConfigError */.xL(input, `'${file}' is a folder; give a file name`, paths_ACCEPTED);
    if (own && !own.isFile() && !own.isSymbolicLink())
        return new _build_errors/* ConfigError */.xL(input, `'${file}' is ${kindOf(own)}, not a file`, paths_ACCEPTED);
    // The nearest existing parent must be a folder we may write: the file's folder is made later.
    let parent = external_node_path_.dirname(file);
    for (;;) {
        const stat = await statOrUndefined(parent);
        if (stat && !stat.isDirectory())
            return new _build_errors/* ConfigError */.xL(input, `'${parent}' is a file, so nothing can be written under it`, paths_ACCEPTED);
        if (stat)
            break;
        const up = external_node_path_.dirname(parent);
        if (up === parent)
            break;
        parent = up;
    }
    const fsType = await promises_.statfs(parent).then((s) => s.type, () => undefined);
    if (fsType !== undefined && KERNEL_FILESYSTEMS.has(fsType))
        return new _build_errors/* ConfigError */.xL(input, `'${file}' is under '${parent}', a kernel filesystem, not a folder for files`, paths_ACCEPTED);
    try {
        await promises_.access(parent, promises_.constants.W_OK);
    }
    catch (error) {
        return new _build_errors/* ConfigError */.xL(input, `'${file}' cannot be written ('${parent}' is not writable)`, paths_ACCEPTED, {
            cause: error,
        });
    }
    return undefined;
}
function kindOf(stat) {
    if (stat.isFIFO())
        return 'a fifo';
    if (stat.isSocket())
        return 'a socket';
    return 'a device';
}
async function statOrUndefined(file) {
    try {
        return await promises_.stat(file);
    }
    catch {
        return undefined;
    }
}
async function lstatOrUndefined(file) {
    try {
        return await promises_.lstat(file);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./.build/platform.js

/**
 * Where the action and the CLI run. Linux x64 and arm64 are tested (CI and this repository's test
 * bed); macOS is POSIX like Linux (process groups, the system tar, zstd when installed, `/` paths)
 * and allowed, but untested. Windows is refused at once: the watchdog kills `go` with its git
 * children through a process group (src/go/go-command.ts), which Windows does not have, and the
 * local cache backend drives GNU tar (src/cache/local-backend.ts). Each of those is the one place
 * to change to support it.
 */
const PLATFORMS = {
    linux: { arch: ['x64', 'arm64'], tested: true },
    darwin: { arch: ['x64', 'arm64'], tested: false },
};
/** The runner's OS or architecture is not one this tool supports: nothing runs. */
class UnsupportedPlatformError extends _build_errors/* WardenError */.Sh {
    constructor(message) {
        super('config', message);
    }
}
/** Throws before anything runs on an OS or architecture that is not supported. */
function checkPlatform(platform = process.platform, arch = process.arch) {
    const supported = PLATFORMS[platform];
    const list = Object.entries(PLATFORMS)
        .map(([os, p]) => `${os} ${p.arch.join('/')}`)
        .join(', ');
    if (!supported)
        throw new UnsupportedPlatformError(`Go Module Warden does not run on ${platform} (${arch}); supported: ${list}. Run this step on a Linux or macOS runner (e.g. runs-on: ubuntu-latest); the build itself may still run on ${platform} in another job.`);
    if (!supported.arch.includes(arch))
        throw new UnsupportedPlatformError(`Go Module Warden does not run on ${platform} ${arch}; supported: ${list}.`);
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./.build/cancel.js
var cancel = __webpack_require__(6538);
;// CONCATENATED MODULE: ./.build/go/go-command.js



/**
 * Spawns `go` in its own process group so the watchdog can kill go together with the git
 * processes it started (go has no per-request timeout: golang/go#28194).
 */
const spawnGo = (args, options) => new Promise((resolve, reject) => {
    if (options.signal?.aborted)
        return reject((0,cancel/* cancelledReason */.a)(options.signal));
    if (options.timeoutMs !== undefined && options.timeoutMs <= 0) {
        options.onTimeout?.();
        return resolve({ code: -1, stdout: '', stderr: '', timedOut: true });
    }
    const child = (0,external_node_child_process_.spawn)('go', args, {
        cwd: options.cwd,
        env: options.env,
        detached: process.platform !== 'win32',
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    const watchdog = child.pid === undefined ? undefined : startOrphanWatchdog(child.pid);
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const killGroup = () => {
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
    const kill = () => {
        timedOut = true;
        killGroup();
    };
    const timer = options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            options.onTimeout?.();
            kill();
        }, options.timeoutMs);
    options.signal?.addEventListener('abort', killGroup, { once: true });
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
        stdout += chunk;
        options.onStdout?.(chunk);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.on('error', (error) => {
        if (timer)
            clearTimeout(timer);
        stopWatchdog(watchdog);
        options.signal?.removeEventListener('abort', killGroup);
        if (error.code === 'ENOENT') {
            reject(new _build_errors/* InfrastructureError */.EN("the 'go' command was not found on PATH; add actions/setup-go before this step (or install Go and put it on PATH)", { cause: error }));
        }
        else
            reject(new _build_errors/* InfrastructureError */.EN(`could not run 'go ${args.join(' ')}': ${error.message}`, { cause: error }));
    });
    child.on('close', (code) => {
        if (timer)
            clearTimeout(timer);
        stopWatchdog(watchdog);
        options.signal?.removeEventListener('abort', killGroup);
        if (options.signal?.aborted)
            return reject((0,cancel/* cancelledReason */.a)(options.signal));
        resolve({ code: code ?? -1, stdout, stderr, timedOut });
    });
});
/**
 * go runs in its own process group (so its git children die with it), which also means it
 * outlives a SIGKILLed parent. This small shell, in a group of its own, waits on a pipe whose
 * only writer is us: when we die, however we die, the kernel closes it, `read` returns and the
 * shell kills go's group. Stopped (SIGKILL) when go exits normally, before its group id can be
 * reused. Not on Windows (no process groups there).
 */
function startOrphanWatchdog(pgid) {
    if (process.platform === 'win32')
        return undefined;
    try {
        const watchdog = (0,external_node_child_process_.spawn)('/bin/sh', ['-c', 'read _ignored; kill -9 "-$1" 2>/dev/null', 'warden-watchdog', String(pgid)], {
            stdio: ['pipe', 'ignore', 'ignore'],
            detached: true,
        });
        watchdog.on('error', () => undefined);
        watchdog.stdin?.on('error', () => undefined);
        // Neither the shell nor its pipe keeps our event loop alive.
        watchdog.unref();
        watchdog.stdin?.unref?.();
        return watchdog;
    }
    catch {
        return undefined;
    }
}
function stopWatchdog(watchdog) {
    if (!watchdog || watchdog.exitCode !== null)
        return;
    try {
        watchdog.kill('SIGKILL');
    }
    catch {
        // Already gone.
    }
    watchdog.stdin?.destroy();
}

;// CONCATENATED MODULE: ./.build/findings.js

/** A typed error as a report finding. */
function toFinding(error) {
    const area = error instanceof _build_errors/* ConfigError */.xL ? 'config' : error.kind === 'security' ? 'checksum' : 'go';
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
            before.set(file, await readText(file));
        return new GoSumGuard(before);
    }
    /** The lines as they were before go ran (what the user committed). */
    lines() {
        return [...this.before].flatMap(([file, text]) => text === undefined ? [] : (0,go_sum/* parseGoSum */.H)(text, external_node_path_.basename(file)));
    }
    /** Restores every file go changed (atomically) and returns the lines go had added. */
    async restore() {
        const added = [];
        for (const [file, original] of this.before) {
            const now = await readText(file);
            if (now === original)
                continue;
            const had = new Set((original ?? '').split('\n').map((l) => l.trim()));
            if (now !== undefined)
                added.push(...(0,go_sum/* parseGoSum */.H)(now, external_node_path_.basename(file)).filter((l) => !had.has(`${l.path} ${l.version} ${l.hash}`)));
            if (original === undefined)
                await promises_.rm(file, { force: true });
            else {
                await (0,files/* writeFileAtomic */.Z)(file, original);
            }
        }
        return added;
    }
}
/** go.sum's text, or undefined when it is not there or cannot be read (then it is not guarded). */
async function readText(file) {
    return (await (0,files/* readIfExists */.O)(file).catch(() => undefined))?.toString('utf8');
}

// EXTERNAL MODULE: ./.build/licenses/evaluate.js + 3 modules
var evaluate = __webpack_require__(5047);
// EXTERNAL MODULE: ./.build/version.js
var version = __webpack_require__(5922);
;// CONCATENATED MODULE: ./.build/report/build-report.js



/** Joins the steps' results and the run's verdict (report/finish.ts) into the one Report every renderer reads. */
function buildReport(config, facts, verdict, dir, startedAt, now) {
    const key = (m) => `${m.path}@${m.version}`;
    const checksumOf = new Map(facts.checksums?.modules.map((m) => [key(m), m.status]));
    const licenseOf = new Map(facts.licenses?.modules.map((m) => [key(m), m]));
    const modules = (facts.modules ?? []).map((m) => {
        const license = licenseOf.get(key(m));
        return {
            ...m,
            route: facts.arrivals?.get(key(m)),
            ...(facts.imported && !m.main ? { imported: facts.imported.has(m.path) } : {}),
            checksum: checksumOf.get(key(m)),
            license: license && (0,evaluate/* moduleEntryLicense */.Cl)(license),
        };
    });
    const settings = facts.settings;
    return {
        schemaVersion: 1,
        tool: { name: 'go-module-warden', version: version/* VERSION */.x },
        startedAt: new Date(startedAt).toISOString(),
        durationMs: Math.max(0, now - startedAt),
        status: verdict.status,
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
            licenseAllow: config.licenseAllow,
            licenseDeny: config.licenseDeny,
            licenseScope: config.licenseScope,
        },
        findings: verdict.findings,
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
        ...(facts.diff ? { diff: facts.diff } : {}),
    };
}

;// CONCATENATED MODULE: ./.build/go/go-version-need.js



/**
 * A Go version as cmd/go/internal/gover orders them: 1.21 < 1.21rc1 < 1.21.0 < 1.21.1 (a
 * language version sorts before its prereleases, which sort before its first release).
 */
function goverKey(version) {
    const m = /^(\d+)\.(\d+)(?:\.(\d+)|(beta|rc)(\d+))?/.exec(version);
    if (!m)
        return undefined;
    const kind = m[3] !== undefined ? 3 : m[4] === 'rc' ? 2 : m[4] === 'beta' ? 1 : 0;
    return [Number(m[1]), Number(m[2]), kind, Number(m[3] ?? m[5] ?? 0)];
}
/** gover.Compare: negative when a < b. Undefined when either is not a Go version. */
function compareGoVersions(a, b) {
    const [x, y] = [goverKey(a), goverKey(b)];
    if (!x || !y)
        return undefined;
    for (let i = 0; i < x.length; i++)
        if (x[i] !== y[i])
            return x[i] - y[i];
    return 0;
}
/** The toolchain name that provides a `go` line (gover.FromToolchain's inverse): 1.22 → go1.22.0. */
function toolchainFor(goLine) {
    const [major, minor] = goLine.split('.').map(Number);
    return /^\d+\.\d+$/.test(goLine) && (major > 1 || minor >= 21) ? `go${goLine}.0` : `go${goLine}`;
}
/** The `go` directive of a go.mod or go.work, with its line number (1-based). */
function goLineOf(text) {
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const m = /^\s*go\s+([0-9][^\s/]*)/.exec(lines[i]);
        if (m)
            return { version: m[1], line: i + 1 };
    }
    return undefined;
}
/**
 * Before any `go` command runs: a go.mod (or go.work) whose `go` line is newer than the Go that
 * runs. With GOTOOLCHAIN=auto, `go env` already ran the newer toolchain (GOVERSION is it); with
 * `local` (or a switch that cannot happen), every command would fail with cmd/go's
 * "go.mod requires go >= 1.N (running go 1.M)". Says which line, which Go, and the fix.
 */
async function checkGoVersionNeed(files, goEnv, cwd) {
    const installed = /^go(\S+)/.exec(goEnv.GOVERSION)?.[1];
    if (!installed)
        return; // A devel toolchain: no order to compare.
    for (const file of files) {
        const text = await promises_.readFile(file, 'utf8').catch(() => undefined);
        const need = text === undefined ? undefined : goLineOf(text);
        if (!need || (compareGoVersions(need.version, installed) ?? 0) <= 0)
            continue;
        const name = external_node_path_.relative(cwd, file) || external_node_path_.basename(file);
        const toolchain = goEnv.GOTOOLCHAIN ? ` (GOTOOLCHAIN=${goEnv.GOTOOLCHAIN})` : '';
        throw new _build_errors/* ProjectError */.wB(`${name}:${need.line}: 'go ${need.version}' needs Go ${need.version} or newer, but the installed Go is ${goEnv.GOVERSION}${toolchain}; ` +
            `install it with actions/setup-go and 'go-version-file: ${external_node_path_.basename(file)}', ` +
            `or let go fetch it: GOTOOLCHAIN=${toolchainFor(need.version)}`);
    }
}

;// CONCATENATED MODULE: ./.build/go/private-module.js
/**
 * A module `go` could not fetch because its server wants credentials it was not given: git's
 * "terminal prompts disabled" (cmd/go sets GIT_TERMINAL_PROMPT=0), "could not read Username",
 * "Authentication failed", "Repository not found" (GitHub's answer to a private repository
 * without a token), an ssh key refused, or a 401/403 on go's own HTTPS fetch (go-get page or
 * proxy). One message names the module and the three ways to give `go` access.
 */
const NEEDS_CREDENTIALS = /terminal prompts disabled|could not read (?:Username|Password)|Authentication failed|Repository not found|Permission denied \(publickey\)|\b(?:401 Unauthorized|403 Forbidden)\b/;
/** The line of go's (or git's) message that says credentials were wanted, if one does. */
function credentialsWanted(message) {
    return message
        .split('\n')
        .map((line) => line.trim())
        .find((line) => NEEDS_CREDENTIALS.test(line));
}
/** What GOPRIVATE should hold: the organisation on a code host (`github.com/acme`), else the host. */
function privatePattern(modulePath) {
    const parts = modulePath.split('/');
    const hosted = ['github.com', 'gitlab.com', 'bitbucket.org', 'codeberg.org'].includes(parts[0]);
    return hosted && parts.length > 1 ? parts.slice(0, 2).join('/') : parts[0];
}
/**
 * The message for a module that needs credentials: its host, go's (or git's) own line, and the fixes.
 * Values to paste run as printed: the token is read from $GH_TOKEN (named in the prose), never
 * written into a URL (the report's redactor would mask it, and a URL with a token leaks in logs).
 */
function privateModuleMessage(module, said) {
    const host = module.split('/')[0];
    // The finding names the module (its subject) just before this text.
    return [
        `${host} wants credentials that go was not given (${said}). Any one of these fixes it:`,
        `1. Mark it private and give git and go a token: set the 'private' input to '${privatePattern(module)}' (GOPRIVATE: no proxy, no checksum database), and, with a token that can read the repository in GH_TOKEN, run: printf 'machine ${host} login x-access-token password %s\\n' "$GH_TOKEN" >> ~/.netrc (a git config url.<url with the token>.insteadOf https://${host}/ rule works for git too).`,
        `2. GOAUTH (Go 1.24 and later) for go's own HTTPS requests: GOAUTH="git $PWD" has go ask git's credential helper (gh auth setup-git installs one); GOAUTH=netrc, the default, reads ~/.netrc.`,
        `3. A module proxy that serves it: put your organisation's proxy (Athens, Artifactory, a GOPROXY server holding the credentials) first in the 'proxy' input.`,
    ].join('\n');
}

;// CONCATENATED MODULE: ./.build/go/go-errors.js



/**
 * Turns what `go` printed on failure into one typed error that says what to do. The patterns are
 * cmd/go's own messages (modfetch/fetch.go checkModSum, modload/init.go missing go.sum entry).
 */
function classifyGoFailure(command, stderr) {
    const text = stderr.trim();
    const lastLines = text.split('\n').slice(-12).join('\n');
    if (isChecksumFailure(text)) {
        const verifying = /verifying (\S+?)@(v[^\s:]+?)(?:\/go\.mod)?: checksum mismatch/.exec(text);
        return new _build_errors/* SecurityError */.Vx(`the bytes served differ from go.sum (checksum mismatch).\n${lastLines}`, {
            subject: verifying ? { module: verifying[1], version: verifying[2] } : undefined,
        });
    }
    // modload's "errors parsing go.mod:" (or go.work), then "<file>:<line>:<col>: <problem>".
    const parsing = /errors parsing (go\.mod|go\.work):\n([\s\S]*)/.exec(text);
    if (parsing) {
        return new _build_errors/* ProjectError */.wB(`${parsing[1]} cannot be parsed; fix it and run 'go mod tidy'.\n${parsing[2].trim().split('\n').slice(0, 12).join('\n')}`);
    }
    // cmd/go's gover.TooNewError: a dependency (or a go.mod checkGoVersionNeed did not see) needs a newer Go.
    const tooNew = /^go: (.*?) requires go >= (\S+) \(running go (\S+?)[;)].*$/m.exec(text);
    if (tooNew) {
        return new _build_errors/* ProjectError */.wB(`${tooNew[1]} needs Go ${tooNew[2]} or newer, but the installed Go is go${tooNew[3]}; install it with actions/setup-go ('go-version: ${tooNew[2]}'), or let go fetch it: GOTOOLCHAIN=${toolchainFor(tooNew[2])}.\n${tooNew[0]}`);
    }
    // Before "missing go.sum entry": go names the missing line of a module it could not fetch.
    const denied = privateModuleFailure(text);
    if (denied)
        return denied;
    const missing = /missing go\.sum entry (?:for module providing package |for go\.mod file[^\n]*?)?([^\s;:]+)?/.exec(text);
    if (missing || /updates to go\.sum needed/.test(text)) {
        return new _build_errors/* ProjectError */.wB(`go.sum is missing entries${missing?.[1] ? ` (first: ${missing[1]})` : ''}; run 'go mod tidy' and commit go.mod and go.sum.\n${lastLines}`);
    }
    if (/updates to go\.mod needed|go: inconsistent vendoring/.test(text)) {
        return new _build_errors/* ProjectError */.wB(`go.mod is not tidy; run 'go mod tidy' and commit the result.\n${lastLines}`);
    }
    if (/go\.mod file not found|cannot find main module/.test(text)) {
        return new _build_errors/* ProjectError */.wB(`no go.mod found; set the 'working-directory' input to the folder that holds go.mod (or go.work).\n${lastLines}`);
    }
    const failing = /^go: (\S+?)@(v\S+?): /m.exec(text);
    return new _build_errors/* InfrastructureError */.EN(`'${command}' failed:\n${lastLines || '(no output)'}`, {
        subject: failing ? { module: failing[1], version: failing[2] } : undefined,
    });
}
/**
 * True when go's message is a checksum failure (never softened, never retried): cmd/go's
 * modfetch checkModSum prints "checksum mismatch" and then "SECURITY ERROR".
 */
function isChecksumFailure(message) {
    return /SECURITY ERROR|checksum mismatch/.test(message);
}
/**
 * A module the server would not give without credentials (a private repository): the module and
 * the three fixes, instead of git's raw output. `undefined` for any other failure.
 */
function privateModuleFailure(text, subject) {
    const said = credentialsWanted(text);
    if (!said)
        return undefined;
    const named = /^go: (?:[^\n]*?: )?(\S+?)@(v[^\s:]+?): /m.exec(text) ?? /(\S+?)@(v[^\s:]+?): /.exec(text);
    const module = subject?.module ?? named?.[1];
    if (!module)
        return undefined;
    const version = subject ? subject.version : named?.[2];
    // The user's setup to fix (config), as a go.sum that lacks lines is.
    return new _build_errors/* WardenError */.Sh('config', privateModuleMessage(module, said), {
        subject: version ? { module, version } : undefined,
    });
}

;// CONCATENATED MODULE: ./.build/go/require-lines.js

/**
 * The `require` directives of a go.mod, by module path, with their 1-based line: single-line
 * and block form, `// indirect` noted (the shape x/mod modfile.Parse reads; quoted paths
 * unquoted). Lines it does not understand are skipped: `go` has already accepted the file.
 */
function requireLines(goModText) {
    const found = new Map();
    let inBlock = false;
    const lines = goModText.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i];
        const comment = raw.indexOf('//');
        const indirect = comment >= 0 && /^\/\/\s*indirect\b/.test(raw.slice(comment).trim());
        const code = (comment >= 0 ? raw.slice(0, comment) : raw).trim();
        let spec;
        if (inBlock) {
            if (code === ')')
                inBlock = false;
            else
                spec = code;
        }
        else if (/^require\s*\($/.test(code))
            inBlock = true;
        else if (/^require\s+/.test(code))
            spec = code.replace(/^require\s+/, '');
        const fields = spec?.split(/\s+/);
        if (fields && fields.length >= 2 && !found.has(unquote(fields[0])))
            found.set(unquote(fields[0]), { line: i + 1, version: fields[1], indirect });
    }
    return found;
}
function unquote(text) {
    return text.replace(/^"(.*)"$/, '$1').replace(/^`(.*)`$/, '$1');
}
/** `go mod graph` as edges: each `from` (path or path@version) to the module paths it requires. */
function parseModGraph(text) {
    const edges = new Map();
    for (const line of text.split('\n')) {
        const [from, to] = line.trim().split(/\s+/);
        if (!from || !to)
            continue;
        const list = edges.get(from) ?? [];
        list.push(to);
        edges.set(from, list);
    }
    return edges;
}
/** Runs `go mod graph` (cmd/go/internal/modcmd/graph.go) with the pipeline's go options. */
async function readModGraph(run, options) {
    const result = await run(['mod', 'graph'], options);
    if (result.code !== 0)
        throw classifyGoFailure('go mod graph', result.stderr);
    return parseModGraph(result.stdout);
}
const pathOf = (node) => (node.includes('@') ? node.slice(0, node.lastIndexOf('@')) : node);
/**
 * The direct requirement of `mainModule` that brings `modulePath` into the graph: breadth-first
 * from each of main's requirements in go.mod order, the first whose requirements reach it.
 */
function requiredBy(graph, mainModule, modulePath) {
    for (const direct of graph.get(mainModule) ?? []) {
        if (pathOf(direct) === modulePath || pathOf(direct) === 'go' || pathOf(direct) === 'toolchain')
            continue;
        const seen = new Set([direct]);
        const queue = [direct];
        while (queue.length > 0) {
            const node = queue.shift();
            for (const next of graph.get(node) ?? []) {
                if (pathOf(next) === modulePath)
                    return pathOf(direct);
                if (!seen.has(next)) {
                    seen.add(next);
                    queue.push(next);
                }
            }
        }
    }
    return undefined;
}
/**
 * The go.mod line for a module's annotation: the `require` line that lists it (go.mod lists an
 * indirect module `// indirect` when it is among the graph's requirements, go ≥ 1.17), else the
 * line of the direct requirement that brings it in (from `go mod graph`), else undefined.
 */
function annotationFor(modulePath, goModText, graph, mainModule) {
    const lines = requireLines(goModText);
    const own = lines.get(modulePath);
    if (own)
        return { line: own.line };
    const via = graph && requiredBy(graph, mainModule, modulePath);
    const viaLine = via ? lines.get(via) : undefined;
    return via && viaLine ? { line: viaLine.line, requiredBy: via } : undefined;
}

;// CONCATENATED MODULE: ./.build/go/go-mod-zip-lines.js



/**
 * Whether go.sum may lack a zip line that loading the main module's packages (and tests) needs,
 * without loading them. With graph pruning (a `go` line of 1.17 or later), go.mod lists every
 * module that provides a package to the main module's packages and tests (cmd/go/internal/modload
 * "lazy loading"), so a package load can only miss the zip line of a module go.mod lists: when
 * go.sum holds the line of each (its selected version, or its module replacement), no load can
 * fail for a missing line. Before 1.17 go.mod need not list them: the answer is then yes.
 */
function goSumMayLackZipLine(goModText, modules, goSum) {
    if (!prunesGraph(goModText))
        return true;
    const selected = new Map(modules.filter((m) => !m.main).map((m) => [m.path, m]));
    for (const required of requireLines(goModText).keys()) {
        const module = selected.get(required);
        if (!module)
            return true;
        const fetched = (0,build_list/* effectiveModule */.S)(module);
        if (fetched && !(0,go_sum/* findGoSumLine */.F)(goSum, fetched.path, fetched.version))
            return true;
    }
    return false;
}
/** A `go` line of 1.17 or later (modload.pruningForGoVersion); none means 1.16. */
function prunesGraph(goModText) {
    const go = /^\s*go\s+(\d+)\.(\d+)/m.exec(goModText);
    if (!go)
        return false;
    const [major, minor] = [Number(go[1]), Number(go[2])];
    return major > 1 || minor >= 17;
}

// EXTERNAL MODULE: ./.build/go/json-stream.js
var json_stream = __webpack_require__(3476);
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
    if (result.timedOut)
        throw stoppedAtDeadline('go list -m -json all');
    if (result.code !== 0)
        throw classifyGoFailure('go list -m -json all', result.stderr);
    return (0,json_stream/* parseJsonObjects */.C)(result.stdout).map(build_list/* toBuildListModule */.e);
}
/** The modules that provide packages to `go list -deps ./...` (license-scope: imports). */
async function listImportedModules(run, options) {
    const result = await run([
        'list',
        '-mod=readonly',
        '-deps',
        '-test',
        '-f',
        '{{with .Module}}{{.Path}}{{end}}',
        ...(options.patterns ?? ['./...']),
    ], { cwd: options.cwd, env: options.env, timeoutMs: options.timeoutMs });
    if (result.timedOut)
        throw stoppedAtDeadline('go list -deps -test ./...');
    if (result.code !== 0)
        throw classifyGoFailure('go list -deps -test ./...', result.stderr);
    return new Set(result.stdout
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== ''));
}
function stoppedAtDeadline(command) {
    return new _build_errors/* InfrastructureError */.EN(`'${command}' was stopped at the run's timeout (the go process group was killed); raise 'timeout' or look at the proxy's health`);
}
/** The targets `license-scope: shipped` loads packages for: the common release builds. */
const SHIPPED_TARGETS = [
    { goos: 'linux', goarch: 'amd64' },
    { goos: 'linux', goarch: 'arm64' },
    { goos: 'darwin', goarch: 'amd64' },
    { goos: 'darwin', goarch: 'arm64' },
    { goos: 'windows', goarch: 'amd64' },
    { goos: 'windows', goarch: 'arm64' },
];
/**
 * The modules compiled into the main modules' non-test packages: the union of
 * `GOOS=… GOARCH=… go list -deps ./...` over SHIPPED_TARGETS (cgo as go defaults it for that
 * target, as `GOOS=… GOARCH=… go build` would), so a Windows-only import counts. `-e` keeps a package that one target cannot build from failing
 * the others; a go command that fails all the same throws, and the caller gates everything.
 */
async function listShippedModules(run, options) {
    const modules = new Set();
    for (const { goos, goarch } of SHIPPED_TARGETS) {
        const command = `GOOS=${goos} GOARCH=${goarch} go list -deps ./...`;
        const result = await run([
            'list',
            '-mod=readonly',
            '-e',
            '-deps',
            '-f',
            '{{with .Module}}{{.Path}}{{end}}',
            ...(options.patterns ?? ['./...']),
        ], {
            cwd: options.cwd,
            env: { ...options.env, GOOS: goos, GOARCH: goarch },
            timeoutMs: options.timeoutMs,
        });
        if (result.timedOut)
            throw stoppedAtDeadline(command);
        if (result.code !== 0)
            throw classifyGoFailure(command, result.stderr);
        for (const line of result.stdout.split('\n'))
            if (line.trim() !== '')
                modules.add(line.trim());
    }
    return { modules, calls: SHIPPED_TARGETS.length };
}

;// CONCATENATED MODULE: ./.build/go/project.js



/** Finds go.mod / go.work as `go env GOMOD GOWORK` report them for `dir`. */
async function detectProject(dir, goEnv) {
    if (goEnv.GOWORK) {
        const workDir = external_node_path_.dirname(goEnv.GOWORK);
        const text = await promises_.readFile(goEnv.GOWORK, 'utf8');
        const goModFiles = parseUseDirectives(text).map((use) => external_node_path_.join(external_node_path_.resolve(workDir, use), 'go.mod'));
        const sums = [
            external_node_path_.join(workDir, 'go.work.sum'),
            ...goModFiles.map((f) => f.replace(/go\.mod$/, 'go.sum')),
        ];
        return {
            dir,
            mode: 'workspace',
            goModFiles,
            goSumFiles: await existing(sums),
            goSumCandidates: sums,
            goWork: goEnv.GOWORK,
            vendor: await isDir(external_node_path_.join(workDir, 'vendor')),
        };
    }
    if (!goEnv.GOMOD || goEnv.GOMOD === '/dev/null' || goEnv.GOMOD === 'NUL') {
        throw new _build_errors/* ProjectError */.wB(`no go.mod found in '${dir}' or any parent directory; set the 'working-directory' input to the folder that holds go.mod (or go.work)`);
    }
    const moduleDir = external_node_path_.dirname(goEnv.GOMOD);
    return {
        dir,
        mode: 'module',
        goModFiles: [goEnv.GOMOD],
        goSumFiles: await existing([external_node_path_.join(moduleDir, 'go.sum')]),
        goSumCandidates: [external_node_path_.join(moduleDir, 'go.sum')],
        goWork: undefined,
        vendor: await isDir(external_node_path_.join(moduleDir, 'vendor')),
    };
}
/**
 * The package patterns that name every main module's packages from `cwd`: `./...` for a module;
 * in a workspace each `use`d module's `<dir>/...`, since `./...` at a go.work whose folder is no
 * module fails ("directory prefix . does not contain modules listed in go.work"). Go 1.25's `work`
 * pattern says the same, but older Go lacks it.
 */
function mainPackagePatterns(project, cwd) {
    if (project.mode !== 'workspace')
        return ['./...'];
    const patterns = project.goModFiles.map((goMod) => {
        const rel = external_node_path_.relative(cwd, external_node_path_.dirname(goMod)).split(external_node_path_.sep).join('/');
        if (rel === '')
            return './...';
        return `${rel.startsWith('..') ? '' : './'}${rel}/...`;
    });
    return patterns.length > 0 ? patterns : ['./...'];
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
                uses.push(project_unquote(line));
        }
        else if (/^use\s*\($/.test(line))
            inBlock = true;
        else if (line.startsWith('use '))
            uses.push(project_unquote(line.slice(4).trim()));
    }
    return uses;
}
function project_unquote(text) {
    return text.replace(/^["`](.*)["`]$/, '$1');
}
async function existing(files) {
    const found = [];
    for (const file of files) {
        try {
            await promises_.access(file);
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
        return (await promises_.stat(dir)).isDirectory();
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./.build/goproxy/prefetch.js
/** A file's key: `module@version.kind`. */
function fileKey(request) {
    return `${request.module}@${request.version}.${request.kind}`;
}
/**
 * Fetches, ahead of `go`, the files go.sum says it will ask for, a few at a time, and hands each
 * to `go`'s request once. `go` fetches with only GOMAXPROCS requests in flight and one phase after
 * another (every .mod, then every .info, then every .zip); fetching ahead takes the upstream's
 * latency off `go`'s path. A file `go` asks for before its turn is fetched live instead, and at
 * most `maxHeldBytes` of unclaimed bodies wait on disk at any time.
 */
class Prefetcher {
    fetchOne;
    options;
    entries = new Map();
    queue = [];
    running = 0;
    heldBytes = 0;
    stopped = false;
    planned = 0;
    fetched = 0;
    failed = 0;
    served = 0;
    overtaken = 0;
    constructor(fetchOne, options) {
        this.fetchOne = fetchOne;
        this.options = options;
    }
    /** Queues the files (in the order `go` will ask for them) and starts fetching. */
    start(requests) {
        for (const request of requests) {
            const key = fileKey(request);
            if (this.stopped || this.entries.has(key))
                continue;
            const entry = { request, state: 'queued' };
            this.entries.set(key, entry);
            this.queue.push(entry);
            this.planned++;
        }
        this.pump();
    }
    /**
     * `go` asks for a file: its prefetch (done or in flight) once, else 'live'. A queued file leaves
     * the queue, since `go` now fetches it itself.
     */
    claim(request) {
        const key = fileKey(request);
        const entry = this.entries.get(key);
        if (!entry)
            return { kind: 'live' };
        this.entries.delete(key);
        if (entry.state === 'queued') {
            this.queue.splice(this.queue.indexOf(entry), 1);
            this.overtaken++;
            return { kind: 'live' };
        }
        this.served++;
        const result = entry.result.then((prefetched) => {
            if (entry.counted && prefetched?.kind === 'body' && prefetched.held.kind === 'file') {
                this.heldBytes -= prefetched.held.size;
                this.pump();
            }
            return prefetched;
        });
        return { kind: 'prefetched', flight: entry.flight, result };
    }
    /** Priming is over: nothing more starts, fetches in flight are aborted, unclaimed bodies freed. */
    async stop() {
        this.stopped = true;
        const notStarted = this.queue.splice(0).length;
        const leftOver = [...this.entries.values()].filter((e) => e.state !== 'queued');
        this.entries.clear();
        let unused = 0;
        let unusedBytes = 0;
        for (const entry of leftOver)
            entry.controller?.abort();
        for (const entry of leftOver) {
            const prefetched = await entry.result;
            if (prefetched?.kind !== 'body')
                continue;
            unused++;
            const held = prefetched.held;
            unusedBytes += held.kind === 'memory' ? held.data.length : held.size;
            await this.options.drop(held);
        }
        return { ...this.report(), unused, unusedBytes, notStarted };
    }
    report() {
        return {
            planned: this.planned,
            concurrency: this.width,
            ...(this.options.width ? { widths: [...this.options.width.history] } : {}),
            fetched: this.fetched,
            failed: this.failed,
            served: this.served,
            overtaken: this.overtaken,
            unused: 0,
            unusedBytes: 0,
            notStarted: this.queue.length,
        };
    }
    get width() {
        return this.options.width?.current ?? this.options.concurrency;
    }
    pump() {
        while (!this.stopped &&
            this.running < this.width &&
            this.heldBytes < this.options.maxHeldBytes &&
            this.queue.length > 0) {
            const entry = this.queue.shift();
            this.launch(entry);
        }
    }
    launch(entry) {
        const controller = new AbortController();
        const flight = {
            request: entry.request,
            since: this.options.now(),
            phase: 'headers',
            waitingOn: [],
        };
        entry.state = 'running';
        entry.flight = flight;
        entry.controller = controller;
        this.running++;
        entry.result = this.fetchOne(entry.request, flight, controller.signal).then((prefetched) => this.landed(entry, prefetched), () => this.landed(entry, undefined));
    }
    landed(entry, prefetched) {
        this.running--;
        const held = prefetched?.kind === 'body' ? prefetched.held : undefined;
        this.options.width?.landed(held ? (held.kind === 'memory' ? held.data.length : held.size) : 0);
        entry.state = 'done';
        if (prefetched)
            this.fetched++;
        else if (!this.stopped)
            this.failed++;
        // Only an unclaimed body counts against the cap; a claimed one is on its way to `go`.
        if (prefetched?.kind === 'body' &&
            prefetched.held.kind === 'file' &&
            this.entries.get(fileKey(entry.request)) === entry) {
            this.heldBytes += prefetched.held.size;
            entry.counted = true;
        }
        this.pump();
        return prefetched;
    }
}
function widthWords(report) {
    const widths = report.widths ?? [];
    if (widths.length < 2)
        return `${report.concurrency} at a time`;
    return `${Math.min(...widths)}–${Math.max(...widths)} at a time as the link allowed, ${report.concurrency} at the end`;
}
/** One line for the log and the summary: what fetching ahead did. */
function describePrefetch(report) {
    const parts = [
        `fetched ${report.fetched} of ${report.planned} files named by go.sum ahead of go (${widthWords(report)}); go took ${report.served}`,
    ];
    if (report.overtaken > 0)
        parts.push(`${report.overtaken} asked for before their turn (fetched live)`);
    if (report.failed > 0)
        parts.push(`${report.failed} failed (go fetched them itself)`);
    if (report.notStarted > 0)
        parts.push(`${report.notStarted} not started (priming ended first)`);
    if (report.unused > 0)
        parts.push(`${report.unused} never asked for (${report.unusedBytes} bytes; go.sum may have stale lines)`);
    return parts.join('; ');
}

;// CONCATENATED MODULE: ./.build/steps/arrival.js



/** The `.info`, `.mod` and `.zip` files in the module cache now (fileKey: `path@version.kind`). */
async function moduleFilesInCache(gomodcache) {
    const present = new Set();
    for (const module of await scanDownloadCache(gomodcache)) {
        for (const version of module.versions) {
            for (const kind of ['info', 'mod', 'zip']) {
                if (version.files.includes(`${version.version}.${kind}`))
                    present.add(fileKey({ kind, module: module.path, version: version.version }));
            }
        }
    }
    return present;
}
/** The module versions (`path@version`) whose zip is among the files: those `go` will not fetch. */
function zipsAmong(files) {
    return new Set([...files].filter((key) => key.endsWith('.zip')).map((key) => key.slice(0, -'.zip'.length)));
}
/**
 * How a module's files arrived: the cache it was already in, the upstream the relay used, a
 * local directory, or direct (a VCS fetch by `go`: GONOPROXY, or the `|direct` fallback).
 */
function arrivalOf(module, inCacheBefore, 
/** The upstream the relay's route served the module from (Relay.routeOf). */
relayUpstream) {
    if (module.main)
        return undefined;
    if (module.replace?.kind === 'local')
        return { kind: 'local' };
    const fetched = (0,build_list/* effectiveModule */.S)(module);
    if (!fetched)
        return undefined;
    // Its zip was there before the run (an exact hit extracts no tree, so Dir may be empty).
    if (inCacheBefore.has(`${fetched.path}@${fetched.version}`))
        return { kind: 'cache' };
    if (module.dir === undefined)
        return undefined;
    const upstream = relayUpstream(fetched.path, fetched.version);
    // 'direct' is the relay's own origin fetch (a child go), a direct route like go's own.
    return upstream && upstream !== 'direct' ? { kind: 'proxy', host: upstream } : { kind: 'direct' };
}

;// CONCATENATED MODULE: ./.build/cache/run-memo.js




/**
 * What a run learns that the next run with the same inputs need not learn again, kept in the
 * module cache next to the checksum database's state (so the cache entry carries it): the build
 * list (`go list -m -json all`), by a digest of go.mod, go.sum, the Go version and the settings
 * that change it (build-list.json). It is only a hint: anything unreadable or for other inputs is
 * ignored. License verdicts are not kept: a cache entry is hostile until proven, and a verdict is a
 * claim no proof covers (a zip proven by its h1 could come with "MIT" for its GPL text), so each
 * run re-derives them from the proven zips' license files (fast: src/licenses/text-memo.ts).
 */
const MEMO_DIR = ['cache', 'download', 'sumdb', 'go-module-warden'];
const FORMAT = 1;
/** What older versions stored beside the build list: removed so that no entry carries it on. */
const STALE_VERDICTS = 'verdicts.json';
/** Reads and writes (atomically: a temp file renamed over) one JSON file of the memo. */
async function readMemo(gomodcache, name) {
    try {
        return JSON.parse(await promises_.readFile(external_node_path_.join(gomodcache, ...MEMO_DIR, name), 'utf8'));
    }
    catch {
        return undefined;
    }
}
async function writeMemo(gomodcache, name, value) {
    const dir = external_node_path_.join(gomodcache, ...MEMO_DIR);
    await promises_.mkdir(dir, { recursive: true });
    const temp = external_node_path_.join(dir, `.${name}.${process.pid}.${Date.now()}.tmp`);
    await promises_.writeFile(temp, JSON.stringify(value));
    await promises_.rename(temp, external_node_path_.join(dir, name));
}
/** Removes the license verdicts an older version stored in the module cache (never read now). */
async function removeStaleVerdicts(gomodcache) {
    await promises_.rm(external_node_path_.join(gomodcache, ...MEMO_DIR, STALE_VERDICTS), { force: true });
}
/**
 * This run's license reads by zip h1: those done while go primed the cache, as each zip landed
 * (go checked it against go.sum before renaming it into place), for the license step to use.
 * Nothing is read from or written to the cache entry.
 */
class LicenseReads {
    h1Of;
    /** Reads done now, and reads done while priming (counters for the log and for tests). */
    classified = 0;
    early = 0;
    fresh = new Map();
    constructor(h1Of) {
        this.h1Of = h1Of;
    }
    static create(goSum) {
        const h1Of = new Map(goSum.filter((l) => !l.version.endsWith('/go.mod')).map((l) => [`${l.path}@${l.version}`, l.hash]));
        return new LicenseReads(h1Of);
    }
    keyOf(module) {
        const stored = (0,build_list/* effectiveModule */.S)(module);
        return stored && this.h1Of.get(`${stored.path}@${stored.version}`);
    }
    /** More go.sum lines whose h1 keys a read (the ones go mod download or the cache added). */
    addLines(lines) {
        for (const l of lines)
            if (!l.version.endsWith('/go.mod') && !this.h1Of.has(`${l.path}@${l.version}`))
                this.h1Of.set(`${l.path}@${l.version}`, l.hash);
    }
    /** Whether a read for this module was done early this run. */
    has(module) {
        const key = this.keyOf(module);
        return key !== undefined && this.fresh.has(key);
    }
    get(module) {
        const key = this.keyOf(module);
        const early = key === undefined ? undefined : this.fresh.get(key);
        if (early)
            this.early++;
        return early;
    }
    /** A read done as the module's zip landed (its go.sum h1 checked by go before it was renamed in). */
    setEarly(module, read) {
        const key = this.keyOf(module);
        if (key === undefined || read.problem !== undefined)
            return;
        this.fresh.set(key, read);
    }
    /** A read done by the license step (counted only: the step has no later reader). */
    set(_module, _read) {
        this.classified++;
    }
}
/** What decides the build list: go.mod and go.sum files, the Go version and the settings. */
async function buildListKey(project, goEnv, gomodcache) {
    // A workspace or a vendor tree: more inputs than these decide the list; always ask go.
    if (project.mode !== 'module' || project.vendor)
        return undefined;
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const settings = [goEnv.GOVERSION, goEnv.GOFLAGS, goEnv.GOOS, goEnv.GOARCH, gomodcache, project.dir];
    hash.update(JSON.stringify(settings));
    for (const file of [...project.goModFiles, ...project.goSumCandidates]) {
        hash.update(`\0${file}\0`);
        hash.update(await promises_.readFile(file).catch(() => Buffer.from('(none)')));
    }
    return hash.digest('hex');
}
/** The sha256 of each local replacement's go.mod (its requirements join the build list). */
async function localGoMods(modules) {
    const sums = {};
    for (const m of modules) {
        if (m.replace?.kind !== 'local' || m.dir === undefined)
            continue;
        const file = external_node_path_.join(m.dir, 'go.mod');
        const data = await promises_.readFile(file).catch(() => undefined);
        sums[file] = data ? (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex') : '(none)';
    }
    return sums;
}
/** The stored build list for this key, or undefined (also when a local replacement's go.mod changed). */
async function storedBuildList(gomodcache, key) {
    const memo = await readMemo(gomodcache, 'build-list.json');
    if (memo?.format !== FORMAT || memo.key !== key || !Array.isArray(memo.modules))
        return undefined;
    const now = await localGoMods(memo.modules);
    if (JSON.stringify(now) !== JSON.stringify(memo.localGoMods ?? {}))
        return undefined;
    return memo.modules;
}
/**
 * Stores a build list for the next exact hit, without the extracted trees' Dirs of modules in the
 * module cache (the next run restores zips only; licenses are then read from the zips), with the
 * hash of each local replacement's go.mod. A list with errors is not stored.
 */
async function storeBuildList(gomodcache, key, modules) {
    if (modules.some((m) => m.error !== undefined))
        return false;
    const stored = modules.map((m) => ((0,build_list/* effectiveModule */.S)(m) ? { ...m, dir: undefined } : m));
    await writeMemo(gomodcache, 'build-list.json', {
        format: FORMAT,
        key,
        modules: stored,
        localGoMods: await localGoMods(modules),
    });
    return true;
}

;// CONCATENATED MODULE: ./.build/steps/build-list.js









/**
 * `go list -mod=readonly -m -json all`, then `go list -deps -test ./...`: only these decide
 * whether go.sum really lacks lines (they fail, naming them). The packages are loaded (seconds on
 * a large project) for license-scope: imports, and on a cold run when go.sum may lack a zip line
 * the build needs (go-mod-zip-lines.ts: a module go.mod lists has none, or go.mod predates graph
 * pruning). On an exact hit they are loaded only for license-scope: imports: loading them makes go
 * extract every imported module's tree, which is the build's job (as after setup-go's restore),
 * and the licenses are read from the zips. go.sum's go.mod lines are still checked by the build
 * list itself.
 */
async function buildListStep(ctx, childEnv, primed, inCacheBefore, plan, 
/** The Go environment, to key the stored build list; without it `go list -m` always runs. */
env, 
/** go.sum as committed: without it a cold run always loads the packages. */
goSum) {
    const { io, config } = ctx;
    const download = primed.download;
    if (download.timedOut)
        throw new _build_errors/* InfrastructureError */.EN(`the run's timeout (${(0,duration/* formatDuration */.a)(config.timeoutMs)}) was reached while priming: the build list, checksums and licenses were not checked`);
    return io.logger.group('Build list (go list -m -json all)', async () => {
        const goRun = { cwd: ctx.cwd, env: childEnv, timeoutMs: config.timeoutMs }; // capped by the run's deadline
        const patterns = env ? mainPackagePatterns(env.project, ctx.cwd) : undefined;
        const gomodcache = env?.settings.goModCache;
        const memoKey = env && gomodcache && config.cache && io.cache
            ? await buildListKey(env.project, env.goEnv, gomodcache)
            : undefined;
        // An exact hit with go.mod, go.sum and the Go version unchanged: the list is the one stored.
        const stored = primed.skipped && memoKey && gomodcache ? await storedBuildList(gomodcache, memoKey) : undefined;
        if (stored)
            io.logger.info('Build list reused from the cache entry (go.mod, go.sum and the Go version are unchanged)');
        const modules = stored ?? withDownloadedDirs(await listBuildList(io.runGo, goRun), download);
        // What a build loads: fails, naming the module, when go.sum lacks a line the build needs.
        const load = config.licenseScope === 'imports' ||
            (!primed.skipped && (await mayLackZipLine(env?.project, modules, goSum)));
        const imported = load ? await listImportedModules(io.runGo, { ...goRun, patterns }) : undefined;
        io.logger.info(imported
            ? `${modules.length} modules in the build list, ${imported.size} of them provide imported packages`
            : primed.skipped
                ? `${modules.length} modules in the build list (exact hit: packages not loaded, so no module tree was extracted; go build extracts what it uses)`
                : `${modules.length} modules in the build list (packages not loaded: go.sum holds the zip line of every module go.mod lists, and license-scope is not imports)`);
        const relay = plan.relay;
        const arrivals = new Map(modules.flatMap((m) => {
            const arrival = arrivalOf(m, inCacheBefore, (p, v) => relay?.routeOf(p, v));
            return arrival ? [[`${m.path}@${m.version}`, arrival]] : [];
        }));
        return { modules, imported, arrivals, reused: stored !== undefined, memoKey };
    });
}
/** A workspace, or a project seen without its go.sum, is not judged: its packages are loaded. */
async function mayLackZipLine(project, modules, goSum) {
    if (!project || project.mode !== 'module' || !goSum || project.goModFiles.length !== 1)
        return true;
    return goSumMayLackZipLine(await promises_.readFile(project.goModFiles[0], 'utf8'), modules, goSum);
}
/**
 * `go list -mod=readonly` leaves Dir empty for a module whose zip line go.sum does not hold (a
 * graph-only module); `go mod download` extracted it all the same, and its license is there.
 */
function withDownloadedDirs(modules, download) {
    const dirOf = new Map(download.modules.map((d) => [`${d.Path}@${d.Version}`, d.Dir]));
    return modules.map((m) => {
        const fetched = (0,build_list/* effectiveModule */.S)(m);
        const dir = fetched && dirOf.get(`${fetched.path}@${fetched.version}`);
        return m.dir === undefined && dir ? { ...m, dir } : m;
    });
}

;// CONCATENATED MODULE: ./.build/cache/keys.js



/**
 * The cache keys. The key holds what decides the cache's content: the checksum files (go.sum of
 * every module of the project, and go.work.sum) and the platform. The Go version is deliberately
 * NOT in the key: `cache/download` (zips, .mod, .info, .ziphash, sumdb tiles) is the same bytes
 * whatever Go version wrote it, `go` shares one GOMODCACHE across versions, and module content is
 * pinned by go.sum; a Go upgrade must not throw away a good cache. os/arch are in the key because
 * extracted trees and file modes travel with tar and the backends do not share caches across
 * platforms (@actions/cache's version hash does not either, without enableCrossOsArchive).
 */
function cacheKeys(prefix, goos, goarch, sums) {
    const base = `${prefix}-${goos}-${goarch}-`;
    return { primary: base + hashSumFiles(sums), restoreKeys: [base] };
}
/**
 * One go.sum alone: its SHA-256 (what `hashFiles('**\/go.sum')` users expect). Several files: the
 * SHA-256 of the lines `<sha256 of file>  <name>` sorted by name, so renaming or moving lines
 * between files changes the key. No file at all (a module without dependencies): the hash of "".
 */
function hashSumFiles(sums) {
    const sha = (data) => (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
    if (sums.length === 1)
        return sha(sums[0].data);
    const lines = [...sums]
        .sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)))
        .map((file) => `${sha(file.data)}  ${file.name}\n`);
    return sha(lines.join(''));
}
/** Reads the checksum files that exist (go.sum, go.work.sum, …), named relative to `projectDir`. */
async function readSumFiles(projectDir, files) {
    const found = [];
    for (const file of files) {
        try {
            const data = await promises_.readFile(file);
            found.push({ name: external_node_path_.relative(projectDir, file).split(external_node_path_.sep).join('/'), data });
        }
        catch (error) {
            if (error.code !== 'ENOENT')
                throw error;
        }
    }
    return found;
}

// EXTERNAL MODULE: ./.build/cache/safe-restore.js + 3 modules
var safe_restore = __webpack_require__(1490);
;// CONCATENATED MODULE: ./.build/cache/purge.js



/** Makes a tree writable again (`go` writes the cache read-only without -modcacherw). */
async function makeWritable(target) {
    let st;
    try {
        st = await promises_.lstat(target);
    }
    catch {
        return;
    }
    if (st.isSymbolicLink())
        return;
    if ((st.mode & 0o700) !== 0o700 && st.isDirectory())
        await promises_.chmod(target, st.mode | 0o700);
    else if (!st.isDirectory() && (st.mode & 0o200) === 0)
        await promises_.chmod(target, st.mode | 0o200);
    if (st.isDirectory())
        for (const name of await promises_.readdir(target))
            await makeWritable(external_node_path_.join(target, name));
}
async function exists(target) {
    try {
        await promises_.lstat(target);
        return true;
    }
    catch {
        return false;
    }
}
/** Removes a file or tree and reports whether it was there. The parent is made writable first. */
async function removePath(target) {
    if (!(await exists(target)))
        return false;
    const parent = external_node_path_.dirname(target);
    const st = await promises_.stat(parent);
    if ((st.mode & 0o300) !== 0o300)
        await promises_.chmod(parent, st.mode | 0o300);
    await makeWritable(target);
    await promises_.rm(target, { recursive: true, force: true });
    return true;
}
/**
 * Removes ONE module version from the cache, and nothing else: its zip, ziphash, mod, info and
 * lock files (and modfetch's temp files), its extracted tree and its `.partial` marker. Other
 * versions of the same module, the `list` file and every other module stay. Returns what was
 * removed, relative to GOMODCACHE.
 */
async function purgeModuleVersion(gomodcache, module) {
    const paths = (0,module_path/* moduleCachePaths */.n)(gomodcache, module);
    const base = external_node_path_.basename(paths.base);
    const targets = ['zip', 'ziphash', 'mod', 'info', 'lock', 'partial'].map((ext) => `${paths.base}.${ext}`);
    try {
        for (const name of await promises_.readdir(paths.vDir))
            if (/^(.+)\.(info|mod|zip|ziphash)\d*\.tmp$/.exec(name)?.[1] === base)
                targets.push(external_node_path_.join(paths.vDir, name));
    }
    catch {
        // no @v directory: only the extracted tree can be there
    }
    targets.push(paths.extracted, `${paths.extracted}.partial`);
    const removed = [];
    for (const target of targets)
        if (await removePath(target))
            removed.push(external_node_path_.relative(gomodcache, target).split(external_node_path_.sep).join('/'));
    return removed;
}

;// CONCATENATED MODULE: ./.build/cache/verify-on-disk.js




/**
 * Checks what the module cache already holds for this project before `go` trusts it, whether a
 * cache entry was restored or not (`cache: false` too): every module version go.sum names, plus
 * `also` (the versions a restore wrote), is checked by checkCacheIntegrity (zip, .ziphash, .mod,
 * extracted tree against go.sum). Each polluted version is purged alone, named in a warning, and
 * fetched again by priming. Other modules in the cache are neither read nor touched.
 */
async function verifyModuleCache(input) {
    const targets = new Map();
    for (const line of input.goSum) {
        const version = line.version.replace(/\/go\.mod$/, '');
        targets.set(`${line.path}@${version}`, { path: line.path, version });
    }
    for (const module of input.also ?? [])
        targets.set((0,module_path/* moduleId */.w)(module), module);
    const purged = [];
    const findings = [];
    let integrity;
    try {
        integrity = await checkCacheIntegrity({
            gomodcache: input.gomodcache,
            goSum: input.goSum,
            modules: [...targets.values()],
            zipDigests: input.zipDigests,
            onChecked: input.onChecked,
        });
    }
    catch (error) {
        // Unreadable for us (permissions, I/O): not trusted silently, and not a reason to stop.
        const message = `the module cache could not be checked against go.sum: ${(0,_build_errors/* describeError */.Uc)(error)}`;
        input.logger.warn(message);
        findings.push({ kind: 'infrastructure', severity: 'warning', area: 'cache', message });
        return { integrity: { modules: [], polluted: [], verified: 0, unlisted: 0 }, purged, findings };
    }
    for (const module of integrity.polluted) {
        await purgeModuleVersion(input.gomodcache, module);
        const what = module.problems.map((p) => p.detail).join('; ');
        input.logger.warn(`Cache: purged ${(0,module_path/* moduleId */.w)(module)}, it will be fetched again: ${what}`);
        purged.push({
            path: module.path,
            version: module.version,
            problems: module.problems.map(({ kind, file, detail }) => ({ kind, file, detail })),
        });
        findings.push({
            kind: 'infrastructure',
            severity: 'warning',
            area: 'cache',
            module: module.path,
            version: module.version,
            message: `the module cache held altered files (${what}); only this module version was purged and fetched again`,
        });
    }
    input.logger.info(`Module cache verified: ${integrity.verified} module versions match go.sum, ${integrity.unlisted} not in go.sum (checked for consistency), ${purged.length} purged`);
    return { integrity, purged, findings };
}

;// CONCATENATED MODULE: ./.build/cache/restore.js




/** `cache/download/<esc path>/@v/<esc version>.<ext>` → the module version, for the restored files. */
function versionsOfFiles(files) {
    const found = new Map();
    for (const file of files) {
        const match = /^cache\/download\/(.+)\/@v\/(.+)\.(info|mod|zip|ziphash)$/.exec(file);
        if (!match || match[1].startsWith('sumdb/'))
            continue;
        const path = (0,module_escape/* unescapeModulePath */.ql)(match[1]);
        const version = (0,module_escape/* unescapeVersion */.Bt)(match[2]);
        if (path && version)
            found.set(`${path}@${version}`, { path, version });
    }
    return [...found.values()];
}
/**
 * Restores the nearest cache entry (only regular files under `cache/download`: the backends read
 * the archive themselves) and trusts none of it unchecked: the restored module versions and the
 * ones go.sum names are checked by verifyModuleCache, and each polluted one is purged alone. A
 * failed restore or a rejected entry is a warning and the run goes on as a miss; when that entry
 * was the primary key's, or it held polluted modules, the save replaces it (`replace`).
 */
async function restoreVerifiedCache(options) {
    const { backend, gomodcache, keys, logger } = options;
    const started = options.now();
    let restored;
    let restoreError;
    let replace = false;
    const findings = [];
    try {
        restored = await backend.restore(gomodcache, keys.primary, keys.restoreKeys, { goSum: options.goSum });
        for (const warning of restored?.warnings ?? []) {
            logger.warn(warning);
            findings.push({ kind: 'infrastructure', severity: 'warning', area: 'cache', message: warning });
        }
    }
    catch (error) {
        restoreError = (0,_build_errors/* describeError */.Uc)(error);
        const bad = (0,safe_restore/* unusableEntryOf */.rw)(error);
        replace = bad !== undefined && backend.exactKey(bad, keys.primary);
        if (error instanceof safe_restore/* RejectedEntryError */.B_)
            logger.warn(restoreError);
        else
            logger.warn(`Cache restore failed, going on without a cache: ${restoreError}`);
        findings.push({
            kind: 'infrastructure',
            severity: 'warning',
            area: 'cache',
            message: error instanceof safe_restore/* RejectedEntryError */.B_
                ? restoreError
                : `cache restore failed, the run went on without a cache: ${restoreError}`,
        });
    }
    const matchedKey = restored?.key;
    const exact = restored?.exact ?? false;
    const hit = restored === undefined ? 'miss' : exact ? 'exact' : 'partial';
    if (hit === 'exact')
        logger.info(`Cache hit (${backend.name}): ${matchedKey}`);
    else if (hit === 'partial')
        logger.info(`Cache hit on a restore key (${backend.name}): ${matchedKey}; missing modules will be fetched`);
    else if (!restoreError)
        logger.info(`Cache miss (${backend.name}) for ${keys.primary}`);
    if (restored?.dropped?.length) {
        const message = `the cache entry '${restored.key}' held ${restored.dropped.length} file(s) under cache/download/sumdb that no checksum client writes; they were not restored: ${restored.dropped.slice(0, 3).join('; ')}${restored.dropped.length > 3 ? '; …' : ''}`;
        logger.warn(message);
        findings.push({ kind: 'infrastructure', severity: 'warning', area: 'cache', message });
    }
    const restoredModules = versionsOfFiles(restored?.files ?? []);
    if (restored)
        options.hooks?.onRestored?.();
    const verified = await verifyModuleCache({
        gomodcache,
        goSum: options.goSum,
        also: restoredModules,
        zipDigests: restored?.zipDigests,
        onChecked: options.hooks?.onChecked,
        logger,
    });
    findings.push(...verified.findings);
    if (exact && verified.purged.length > 0)
        replace = true;
    // Every zip go.sum names is on disk and matches it: `go mod download` would fetch nothing.
    const onDisk = new Set(verified.integrity.modules
        .filter((m) => m.status === 'verified' && m.zip)
        .map((m) => `${m.path}@${m.version}`));
    const complete = exact &&
        verified.purged.length === 0 &&
        options.goSum.every((l) => l.version.endsWith('/go.mod') || onDisk.has(`${l.path}@${l.version}`));
    return {
        matchedKey,
        exact,
        replace,
        integrity: verified.integrity,
        restoredModules: restoredModules.map((m) => `${m.path}@${m.version}`),
        findings,
        report: {
            hit,
            backend: backend.name,
            key: keys.primary,
            matchedKey,
            restoredBytes: restored?.bytes,
            restoreMs: Math.max(0, options.now() - started),
            verified: verified.integrity.verified,
            unlisted: verified.integrity.unlisted,
            purged: verified.purged,
            restoreError,
            complete,
        },
    };
}

;// CONCATENATED MODULE: ./.build/steps/cache.js






/**
 * Restores and verifies the module cache when there is one: the nearest entry by go.sum's key,
 * every cached module of the project checked against go.sum and the `.ziphash`, the polluted ones
 * purged (fetched again by priming). A purge, a failed restore and a rejected entry are warnings.
 * Shaped as actions/cache's restoreImpl: read the inputs, call the domain, return the state.
 */
async function cacheStep(ctx, env, goSum, 
/** What may begin before the restore's check is done. */
hooks) {
    const { config, io } = ctx;
    const cache = io.cache;
    const { goEnv, project } = env;
    if (!config.cache || !cache) {
        // No cache to restore: what the module cache already holds is checked all the same.
        return io.logger.group('Module cache: verify what is there', () => verifyCacheWithoutRestore({ goEnv, goSum, logger: io.logger }));
    }
    return io.logger.group('Module cache: restore and verify', async () => {
        const sums = await readSumFiles(project.dir, project.goSumCandidates);
        const keys = cacheKeys(config.cacheKeyPrefix, goEnv.GOOS, goEnv.GOARCH, sums);
        const restored = await restoreVerifiedCache({
            backend: cache.backend,
            gomodcache: goEnv.GOMODCACHE,
            keys,
            goSum,
            logger: io.logger,
            now: io.now,
            hooks,
        });
        const pending = {
            backend: cache.backend.name,
            localDir: cache.localDir,
            gomodcache: goEnv.GOMODCACHE,
            primaryKey: keys.primary,
            matchedKey: restored.matchedKey,
            exact: restored.exact,
            replace: restored.replace,
            restoredModules: restored.restoredModules,
            cacheSave: config.cacheSave,
        };
        return { report: restored.report, findings: [...restored.findings], pending };
    });
}
/**
 * Without a cache (`cache: false`, or no backend): what the module cache already holds for the
 * project is checked all the same before `go` uses it.
 */
async function verifyCacheWithoutRestore(input) {
    const verified = await verifyModuleCache({
        gomodcache: input.goEnv.GOMODCACHE,
        goSum: input.goSum,
        logger: input.logger,
    });
    return {
        report: {
            hit: 'disabled',
            purged: verified.purged,
            verified: verified.integrity.verified,
            unlisted: verified.integrity.unlisted,
        },
        findings: verified.findings,
    };
}
/**
 * Why priming (`go mod download all`) can be skipped, or undefined: an exact hit whose restore
 * left every zip go.sum names on disk and verified. `go build` then extracts lazily what it uses,
 * as after setup-go's restore; licenses are read from the zips of modules with no extracted tree.
 */
function primingNotNeeded(report) {
    if (!report?.complete)
        return undefined;
    return `Priming skipped: exact cache hit (${report.matchedKey ?? report.key}), every module go.sum names is in the module cache and verified`;
}
/**
 * After the checks: hands the post step (or the CLI's save) what to save. Only a run that did not
 * fail saves: `failure` is the run's verdict (report/finish.ts, after the gate and the relay's
 * altered-bytes facts), never re-derived here.
 */
async function handOverStep(ctx, cache, run) {
    const { io } = ctx;
    const pending = cache.pending;
    if (!pending || !io.cache)
        return cache;
    const { primed, checksums } = run;
    const handed = await planNextEntry(pending, {
        buildList: run.buildList.modules,
        goSum: run.goSum,
        primed: primed.skipped || (!primed.download.timedOut && primed.download.failed.length === 0),
        failure: run.failure,
        checksums: checksums.modules,
        listFile: io.cache.listFile,
        landed: run.landed,
        logger: io.logger,
    }).catch((error) => {
        // The cache is an optimisation: a failure to list what to save is a skipped save, not a failed run.
        const skip = `the files to save could not be listed: ${(0,_build_errors/* describeError */.Uc)(error)}`;
        const { restoredModules: _restored, ...state } = pending;
        return { state: saveStateForPost({ ...state, skip }), skip, leftOut: [] };
    });
    await io.cache.onState(handed.state);
    const report = {
        ...cache.report,
        ...(handed.skip ? { saveSkipped: handed.skip } : {}),
        ...(handed.leftOut.length > 0 ? { leftOut: handed.leftOut } : {}),
    };
    return { ...cache, report };
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./.build/net/egress-proxy.js




// golang.org/x/net/http/httpproxy parseProxy: a value without a known scheme is taken as http://.
function parseProxy(value) {
    const text = value.trim();
    if (text === '')
        return undefined;
    try {
        const url = new URL(text);
        if (['http:', 'https:', 'socks5:', 'socks5h:'].includes(url.protocol) && url.host !== '')
            return url;
    }
    catch {
        // fall through to http://
    }
    try {
        return new URL(`http://${text}`);
    }
    catch {
        return undefined;
    }
}
/** Reads the proxy variables as golang.org/x/net/http/httpproxy FromEnvironment does. */
function egressProxyFromEnv(env) {
    const get = (upper) => env[upper] || env[upper.toLowerCase()] || '';
    // Under CGI, HTTP_PROXY may come from the client's Proxy header: never trust it.
    const cgi = (env.REQUEST_METHOD ?? '') !== '';
    return {
        httpProxy: cgi ? undefined : parseProxy(get('HTTP_PROXY')),
        httpsProxy: parseProxy(get('HTTPS_PROXY')),
        noProxy: get('NO_PROXY'),
    };
}
function splitHostPort(hostPort) {
    const m = /^\[([^\]]+)\](?::(\d+))?$/.exec(hostPort) ?? /^([^:]+)(?::(\d+))?$/.exec(hostPort);
    return m ? { host: m[1], port: m[2] ?? '' } : { host: hostPort, port: '' };
}
/**
 * Whether a request to host:port goes through the egress proxy. Mirrors golang.org/x/net/http/
 * httpproxy useProxy: never for localhost or a loopback IP; NO_PROXY entries are `*`, IPs, CIDRs,
 * domains (matching the domain and its subdomains; a leading `.` or `*.` means subdomains only),
 * each with an optional port.
 */
function useEgressProxy(host, port, noProxy) {
    const hostname = host.toLowerCase().replace(/^\[|\]$/g, '');
    if (hostname === 'localhost')
        return false;
    const ipVersion = external_node_net_.isIP(hostname);
    if (ipVersion !== 0 && isLoopback(hostname, ipVersion))
        return false;
    for (const raw of noProxy.split(',')) {
        const entry = raw.trim().toLowerCase();
        if (entry === '')
            continue;
        if (entry === '*')
            return false;
        const cidr = /^(.+)\/(\d+)$/.exec(entry);
        if (cidr && external_node_net_.isIP(cidr[1]) !== 0) {
            if (ipVersion === 0)
                continue;
            const list = new external_node_net_.BlockList();
            const family = external_node_net_.isIP(cidr[1]) === 4 ? 'ipv4' : 'ipv6';
            list.addSubnet(cidr[1], Number(cidr[2]), family);
            if (external_node_net_.isIP(cidr[1]) === ipVersion && list.check(hostname, family))
                return false;
            continue;
        }
        const { host: entryHost, port: entryPort } = external_node_net_.isIP(entry) !== 0 ? { host: entry, port: '' } : splitHostPort(entry);
        const portMatches = entryPort === '' || entryPort === port;
        if (external_node_net_.isIP(entryHost) !== 0) {
            if (ipVersion !== 0 && sameIp(entryHost, hostname) && portMatches)
                return false;
            continue;
        }
        let domain = entryHost.startsWith('*.') ? entryHost.slice(1) : entryHost;
        const matchHost = !domain.startsWith('.');
        if (matchHost)
            domain = `.${domain}`;
        if ((hostname.endsWith(domain) || (matchHost && hostname === domain.slice(1))) && portMatches)
            return false;
    }
    return true;
}
function isLoopback(ip, version) {
    if (version === 4)
        return ip.startsWith('127.');
    return ip === '::1' || /^::ffff:127\./.test(ip);
}
function sameIp(a, b) {
    const list = new external_node_net_.BlockList();
    const family = external_node_net_.isIP(a) === 4 ? 'ipv4' : 'ipv6';
    list.addAddress(a, family);
    return external_node_net_.isIP(b) === external_node_net_.isIP(a) && list.check(b, family);
}
/** The egress proxy for a request URL, or undefined to connect directly (socks proxies are not supported). */
function egressProxyFor(target, config) {
    const proxy = target.protocol === 'https:'
        ? config.httpsProxy
        : target.protocol === 'http:'
            ? config.httpProxy
            : undefined;
    if (!proxy || (proxy.protocol !== 'http:' && proxy.protocol !== 'https:'))
        return undefined;
    const port = target.port || (target.protocol === 'https:' ? '443' : '80');
    return useEgressProxy(target.hostname, port, config.noProxy) ? proxy : undefined;
}
/** `Basic …` for the userinfo of a proxy URL, or undefined. */
function proxyAuthorization(proxy) {
    if (proxy.username === '' && proxy.password === '')
        return undefined;
    const decode = (text) => {
        try {
            return decodeURIComponent(text);
        }
        catch {
            return text;
        }
    };
    return `Basic ${Buffer.from(`${decode(proxy.username)}:${decode(proxy.password)}`).toString('base64')}`;
}
/** The credentials of the egress proxies, for redaction. */
function egressSecrets(config) {
    const secrets = [];
    for (const proxy of [config.httpProxy, config.httpsProxy]) {
        if (!proxy)
            continue;
        const auth = proxyAuthorization(proxy);
        if (!auth)
            continue;
        const token = auth.slice('Basic '.length);
        const userPass = Buffer.from(token, 'base64').toString('utf8');
        const password = userPass.slice(userPass.indexOf(':') + 1);
        for (const s of [token, userPass, password])
            if (s.length >= 3 && !secrets.includes(s))
                secrets.push(s);
    }
    return secrets;
}
/**
 * GETs `target` through the egress `proxy` as Go's http.Transport does with HTTPS_PROXY /
 * HTTP_PROXY: an absolute-URL request to a forward proxy for http://, a CONNECT tunnel then TLS
 * inside it for https:// (net/http Transport.dialConn). One place for the relay's upstreams and
 * the checksum database's direct route.
 */
function getThroughEgressProxy(target, proxy, headers, on) {
    const client = proxy.protocol === 'https:' ? external_node_https_ : external_node_http_;
    const proxyPort = proxy.port || (proxy.protocol === 'https:' ? '443' : '80');
    const proxyHeaders = {};
    const auth = proxyAuthorization(proxy);
    if (auth)
        proxyHeaders['Proxy-Authorization'] = auth;
    const track = (req) => {
        on.request(req);
        req.on('error', on.error);
        return req;
    };
    if (target.protocol === 'http:') {
        track(client.get({
            host: proxy.hostname,
            port: proxyPort,
            path: target.href,
            headers: { ...headers, ...proxyHeaders, Host: target.host },
            agent: false,
        }, on.response));
        return;
    }
    const targetPort = target.port || '443';
    const connect = track(client.request({
        host: proxy.hostname,
        port: proxyPort,
        method: 'CONNECT',
        path: `${target.hostname}:${targetPort}`,
        headers: { ...proxyHeaders, Host: `${target.hostname}:${targetPort}` },
        agent: false,
    }));
    connect.on('connect', (res, socket) => {
        if (res.statusCode !== 200) {
            socket.destroy();
            return on.error(new Error(`egress proxy ${proxy.host} refused CONNECT with ${res.statusCode}`));
        }
        if (on.cancelled?.()) {
            socket.destroy();
            return on.error(new Error('aborted'));
        }
        track(external_node_https_.get(target, {
            headers,
            createConnection: () => external_node_tls_.connect({ secureContext: on.secureContext, socket, servername: target.hostname }),
        }, on.response));
    });
    connect.end();
}

;// CONCATENATED MODULE: ./.build/net/http-get.js




function createHttpAgents(egress, clientCerts) {
    return {
        http: new external_node_http_.Agent({ keepAlive: true }),
        https: new external_node_https_.Agent({ keepAlive: true }),
        egress,
        ...(clientCerts ? { clientCerts } : {}),
    };
}
function destroyHttpAgents(agents) {
    agents.http.destroy();
    agents.https.destroy();
    agents.clientCerts?.destroy();
}
const MAX_REDIRECTS = 10;
/**
 * GETs `url` as Go's http client does for cmd/go (web.Get with its security-preserving client):
 * redirects followed, at most 10, never https → http nor to a non-HTTP URL; the Authorization
 * header only to the first URL's origin; each hop through HTTPS_PROXY/HTTP_PROXY/NO_PROXY as
 * http.Transport decides (getThroughEgressProxy), else on the keep-alive agents.
 */
function httpGet(url, options) {
    const { agents } = options;
    const origin = url.origin;
    let current;
    let currentResponse;
    let aborted = false;
    const response = new Promise((resolve, reject) => {
        const get = (target, redirects) => {
            if (aborted)
                return reject(new Error('aborted'));
            const fail = (error) => reject(explainTlsError(error, target, agents.clientCerts));
            // Asked again on every hop: a certificate goes to its own origin only, never to a redirect elsewhere.
            let certAgent;
            try {
                certAgent = agents.clientCerts?.agentFor(target);
            }
            catch (error) {
                return reject(error);
            }
            const headers = { ...options.headers };
            if (options.authorization && target.origin === origin)
                headers.Authorization = options.authorization;
            const onResponse = (res) => {
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
                resolve(res);
            };
            const proxy = redirects === 0 && options.firstHopProxy
                ? options.firstHopProxy.proxy
                : egressProxyFor(target, agents.egress);
            if (!proxy) {
                const secure = target.protocol === 'https:';
                // Options rather than the URL: node turns a URL into these on every request.
                current = (secure ? external_node_https_ : external_node_http_).get({
                    protocol: target.protocol,
                    hostname: target.hostname.replace(/^\[|\]$/g, ''),
                    port: target.port,
                    path: target.pathname + target.search,
                    agent: secure ? (certAgent ?? agents.https) : agents.http,
                    headers,
                }, onResponse);
                current.on('error', fail);
                return;
            }
            getThroughEgressProxy(target, proxy, headers, {
                request: (req) => (current = req),
                response: onResponse,
                error: fail,
                cancelled: () => aborted,
                secureContext: certAgent ? agents.clientCerts?.secureContextFor(target) : undefined,
            });
        };
        get(url, 0);
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
/**
 * GETs `url` (httpGet) and reads the body whole, refusing one over `maxBytes`; rejects with the
 * signal's reason once `signal` aborts, as fetch does.
 */
function getSmall(url, options) {
    const { signal, maxBytes } = options;
    if (signal.aborted)
        return Promise.reject(abortReason(signal));
    const call = httpGet(url, options);
    return new Promise((resolve, reject) => {
        const onAbort = () => {
            call.abort();
            reject(abortReason(signal));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        const settle = (f) => (v) => {
            signal.removeEventListener('abort', onAbort);
            f(v);
        };
        const ok = settle(resolve);
        const fail = settle(reject);
        call.response.then((res) => {
            const chunks = [];
            let size = 0;
            res.on('data', (chunk) => {
                size += chunk.length;
                if (size > maxBytes) {
                    call.abort();
                    return fail(new Error(`response larger than ${maxBytes} bytes`));
                }
                chunks.push(chunk);
            });
            res.on('end', () => {
                if (!res.complete)
                    return fail(new Error('response ended early'));
                ok({
                    status: res.statusCode ?? 0,
                    statusText: res.statusMessage ?? '',
                    contentType: String(res.headers['content-type'] ?? ''),
                    body: Buffer.concat(chunks, size),
                });
            });
            res.on('error', fail);
            res.on('close', () => {
                if (!res.complete)
                    fail(new Error('response ended early'));
            });
        }, fail);
    });
}
/** The abort's reason as fetch rejects with it (AbortSignal.timeout's TimeoutError DOMException). */
function abortReason(signal) {
    return signal.reason ?? new Error('aborted');
}

;// CONCATENATED MODULE: ./.build/clock.js
/** The real clock: Date.now and the event loop's timers. */
const systemClock = {
    now: () => Date.now(),
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (timer) => clearTimeout(timer),
};
/** Waits `ms` on the clock's timers (a retry's back-off). */
function sleep(clock, ms) {
    return new Promise((resolve) => clock.setTimeout(resolve, ms));
}
/** A clock reading `now` (the RelayOptions.now of older callers) with real timers. */
function clockFrom(now, clock) {
    if (clock)
        return clock;
    if (!now)
        return systemClock;
    return { ...systemClock, now };
}

;// CONCATENATED MODULE: ./.build/sumdb/sumdb-http.js







/** The database could not be asked (network error, timeout, an HTTP error other than 404/410). */
class SumdbUnavailableError extends _build_errors/* InfrastructureError */.EN {
}
/** The database answered 404/410 for a lookup: it holds no record of the module version. */
class SumdbNotFoundError extends _build_errors/* InfrastructureError */.EN {
}
/** Bodies larger than this are refused: a lookup, a note or a tile is a few KiB. */
const MAX_BODY = 1 << 20;
/** cmd/go sends its own; ours says who asks. */
const HEADERS = { 'User-Agent': 'go-module-warden-sumdb' };
/** A route that got no answer for this many requests in a row is not asked again this run. */
const DOWN_AFTER = 2;
class RouteFailure extends Error {
    transport;
    constructor(message, transport) {
        super(message);
        this.transport = transport;
    }
}
/**
 * GETs against the checksum database: each request tries the routes in order (the proxies that
 * relay it, then the database itself), retries a 5xx, reset or timeout once with jitter, and
 * never starts after the overall deadline. Credentials from a URL go as Basic auth, never shown.
 * Mirrors cmd/go/internal/modfetch/sumdb.go dbClient.ReadRemote and initBase (plus the deadlines,
 * retries and egress-proxy handling for the direct route, which go leaves to http.Transport).
 */
class SumdbHttp {
    options;
    limiter;
    clock;
    random;
    agents;
    prepared;
    /** The route that answered last, without credentials. */
    shownBase;
    constructor(options) {
        this.options = options;
        this.limiter = new _build_concurrency/* Limiter */.jG(options.concurrency ?? 16);
        this.clock = options.clock ?? systemClock;
        this.random = options.random ?? Math.random;
        const certs = options.clientCerts?.length ? new ClientCerts(options.clientCerts) : undefined;
        this.agents = createHttpAgents(egressProxyFromEnv(options.env ?? {}), certs);
    }
    get name() {
        return this.options.name;
    }
    routes() {
        this.prepared ??= (async () => {
            let routes;
            try {
                routes =
                    typeof this.options.routes === 'function' ? await this.options.routes() : this.options.routes;
            }
            catch (error) {
                throw new SumdbUnavailableError(`checksum database ${this.name}: ${(0,_build_errors/* describeError */.Uc)(error)}`, {
                    cause: error,
                });
            }
            const prepared = routes.map((route) => prepare(route));
            this.shownBase ??= prepared[0]?.shown;
            return prepared;
        })();
        return this.prepared;
    }
    /** GETs `<route><remote>`; `what` (lookup, tile, latest) names the request in messages. */
    async get(remote, what) {
        const reasons = [];
        for (const route of await this.routes()) {
            if (route.supported === 'no')
                continue;
            if (route.failures >= DOWN_AFTER) {
                // Down for this run: fail fast rather than wait out its budget on every request.
                reasons.push(`checksum database ${this.name}: ${route.named}: not asked, the last ${route.failures} requests there got no answer (last: ${route.lastFailure})`);
                if (route.route.fallBackOnError)
                    continue;
                break;
            }
            if (route.route.kind === 'proxy' && what === 'lookup') {
                // A lookup's 404 means "no record" only from a route that relays the database.
                const supported = await this.supported(route, reasons);
                if (supported === 'no')
                    continue;
                if (supported !== 'yes') {
                    this.noteFailure(route, supported.message, supported.transport);
                    if (route.route.fallBackOnError)
                        continue;
                    break;
                }
            }
            const attempt = await this.attempt(route, remote, what);
            if (attempt.kind !== 'failed')
                route.failures = 0;
            if (attempt.kind === 'ok') {
                route.supported = 'yes';
                this.shownBase = route.shown;
                return attempt.body;
            }
            if (attempt.kind === 'not-found') {
                // A proxy answering 404 for a file it would relay may not relay the database at all.
                if (route.route.kind === 'proxy' && (await this.supported(route, reasons)) === 'no')
                    continue;
                this.shownBase = route.shown;
                if (what === 'lookup')
                    throw new SumdbNotFoundError(attempt.message);
                throw new SumdbUnavailableError(attempt.message);
            }
            reasons.push(attempt.message);
            this.noteFailure(route, attempt.message, attempt.transport);
            if (!route.route.fallBackOnError)
                break;
        }
        if (reasons.length === 0)
            reasons.push(`checksum database ${this.name}: ${what} ${remote}: no route relays the database`);
        throw new SumdbUnavailableError(reasons.join('; then '));
    }
    noteFailure(route, message, transport) {
        route.failures = transport ? route.failures + 1 : 0;
        route.lastFailure = message;
    }
    /** Mirrors initBase's `/supported` probe, once per proxy route; an error means "not known". */
    async supported(route, reasons) {
        if (route.supported === 'yes' || route.supported === 'no')
            return route.supported;
        if (!route.supported) {
            route.supported = this.attempt(route, '/supported', 'supported').then((a) => {
                if (a.kind === 'failed')
                    throw new RouteFailure(a.message, a.transport);
                const answer = a.kind === 'ok' ? 'yes' : 'no';
                this.options.logger?.info(`checksum database ${this.name}: ${route.named} ${answer === 'yes' ? 'relays it' : 'does not relay it (404)'}`);
                return answer;
            });
            // Remember the answer, not the promise, so later requests do not wait on it.
            route.supported.then((answer) => (route.supported = answer), () => (route.supported = undefined));
        }
        try {
            return await route.supported;
        }
        catch (error) {
            reasons.push((0,_build_errors/* describeError */.Uc)(error));
            return error instanceof RouteFailure ? error : new RouteFailure((0,_build_errors/* describeError */.Uc)(error), true);
        }
    }
    /** One request on one route, retried after a 5xx, reset or timeout while the deadline allows. */
    async attempt(route, remote, what) {
        const retries = this.options.retries ?? 1;
        const shown = route.where(remote);
        let failure = '';
        for (let n = 0;; n++) {
            if (this.options.signal?.aborted)
                return {
                    kind: 'failed',
                    message: `checksum database ${this.name}: ${what} ${shown}: ${failure || 'not sent'} (the run was cancelled)`,
                    transport: true,
                };
            const remaining = this.options.deadline?.remainingMs() ?? Infinity;
            if (remaining <= 0)
                return {
                    kind: 'failed',
                    message: `checksum database ${this.name}: ${what} ${shown}: ${failure || 'not sent'} (overall timeout reached)`,
                    transport: true,
                };
            const timeoutMs = Math.max(1, Math.min(route.route.attemptMs ?? this.options.latencyBudgetMs, remaining));
            const result = await this.limiter.run(() => this.send(route, remote, timeoutMs));
            const message = `checksum database ${this.name}: ${what} ${shown}: ${result.reason}`;
            if (result.response?.status === 200)
                return { kind: 'ok', body: result.response.body };
            this.options.counts.failedRequests++;
            const status = result.response?.status;
            if (status === 404 || status === 410)
                return { kind: 'not-found', message };
            failure = result.reason;
            const retryable = status === undefined || status >= 500 || status === 429;
            const delay = (this.options.retryDelayMs ?? 200) * 2 ** n * (0.5 + this.random());
            if (!retryable || n >= retries || delay >= remaining)
                return {
                    kind: 'failed',
                    message: n > 0 ? `${message} (after ${n + 1} attempts)` : message,
                    transport: status === undefined,
                };
            this.options.logger?.debug(`${message}; retrying in ${Math.round(delay)} ms`);
            await sleep(this.clock, delay);
        }
    }
    async send(route, remote, timeoutMs) {
        const url = new URL(`${route.url}${remote}`);
        this.options.counts.sent++;
        const timeout = AbortSignal.timeout(timeoutMs);
        const run = this.options.signal;
        const signal = run ? AbortSignal.any([timeout, run]) : timeout;
        try {
            const { inProcess } = route.route;
            const proxy = inProcess ? undefined : egressProxyFor(url, this.agents.egress);
            const response = inProcess
                ? await inProcess(remote, MAX_BODY, signal)
                : await getSmall(url, {
                    agents: this.agents,
                    headers: HEADERS,
                    authorization: route.authorization,
                    maxBytes: MAX_BODY,
                    signal,
                });
            this.options.logger?.debug(`${this.name}: GET ${route.shown}${remote} → ${response.status} (${response.body.length} bytes)${proxy ? ` via ${proxy.host}` : inProcess ? ' (in process)' : ''}`);
            const text = /^text\/plain/.test(response.contentType)
                ? `: ${response.body.toString('utf8').trim().slice(0, 200)}`
                : '';
            return { response, reason: `${response.status} ${response.statusText}${text}` };
        }
        catch (error) {
            const reason = run?.aborted
                ? 'cancelled'
                : timeout.aborted || error.name === 'TimeoutError'
                    ? `no answer within ${timeoutMs} ms`
                    : describeCause(error);
            return { reason };
        }
    }
}
function prepare(route) {
    const url = new URL(route.url);
    let authorization;
    if (url.username || url.password) {
        const user = decodeURIComponent(url.username);
        const pass = decodeURIComponent(url.password);
        authorization = `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;
        url.username = '';
        url.password = '';
    }
    const shown = redactUrl(route.url).replace(/\/+$/, '');
    return {
        route,
        url: url.toString().replace(/\/+$/, ''),
        shown,
        named: route.via ?? shown,
        where: route.via ? (remote) => `${remote} through ${route.via}` : (remote) => `${shown}${remote}`,
        authorization,
        supported: route.kind === 'proxy' ? undefined : 'yes',
        failures: 0,
        lastFailure: '',
    };
}
/** fetch's "fetch failed" says nothing: show the socket error under it (ECONNRESET, ECONNREFUSED). */
function describeCause(error) {
    const e = error;
    const cause = e.cause?.code ?? e.cause?.message;
    return cause && !e.message.includes(cause) ? `${e.message} (${cause})` : e.message;
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
    return (0,external_node_crypto_.createHash)('sha256').update(Buffer.of(0)).update(data).digest();
}
const NODE_INPUT = Buffer.alloc(1 + 2 * HASH_SIZE, 1);
/** Mirrors tlog.NodeHash: SHA256(0x01 ‖ left ‖ right). */
function nodeHash(left, right) {
    if (left.length !== HASH_SIZE || right.length !== HASH_SIZE)
        return (0,external_node_crypto_.createHash)('sha256').update(Buffer.of(1)).update(left).update(right).digest();
    // A reused buffer and a one-shot hash (no Hash object): a cold run takes some 20,000 of these.
    NODE_INPUT.set(left, 1);
    NODE_INPUT.set(right, 1 + HASH_SIZE);
    return sha256(NODE_INPUT);
}
/** crypto.hash (Node 20.12+) where there is one: about half the cost of createHash for 65 bytes. */
const sha256 = typeof external_node_crypto_.hash === 'function'
    ? (data) => external_node_crypto_.hash('sha256', data, 'buffer')
    : (data) => (0,external_node_crypto_.createHash)('sha256').update(data).digest();
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
function tlog_checkTree(proof, t, th, n, h) {
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
/** Public keys made so far, by their raw bytes (a warm run opens one note per stored lookup). */
const publicKeys = new Map();
/** The node:crypto public key for a verifier key's 32 raw Ed25519 bytes (made once per key). */
function ed25519PublicKey(raw) {
    const id = raw.toString('hex');
    let key = publicKeys.get(id);
    if (!key) {
        key = (0,external_node_crypto_.createPublicKey)({ key: Buffer.concat([ED25519_SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
        publicKeys.set(id, key);
    }
    return key;
}
/**
 * Signatures found valid, as key, signature and signed text: the stored lookups of a warm run
 * carry the same tree note hundreds of times. Only a valid signature is remembered, for exactly
 * those bytes; bounded, so a long process never grows it without end.
 */
const validSignatures = new Set();
const MAX_REMEMBERED = 4096;
function verifiesOnce(text, publicKey, sig) {
    const id = `${publicKey.toString('base64')} ${sig.toString('base64')}\n${text}`;
    if (validSignatures.has(id))
        return true;
    const ok = (0,external_node_crypto_.verify)(null, Buffer.from(text, 'utf8'), ed25519PublicKey(publicKey), sig);
    if (ok) {
        if (validSignatures.size >= MAX_REMEMBERED)
            validSignatures.clear();
        validSignatures.add(id);
    }
    return ok;
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
        const ok = verifiesOnce(text, key.publicKey, sig.subarray(4));
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

;// CONCATENATED MODULE: ./.build/sumdb/signed-tree.js




/**
 * Opens a signed tree note with the database's key and parses its tree (client.go's
 * note.Open + tlog.ParseTree). A signature that does not verify is tampering (SecurityError);
 * a garbled note is the database misbehaving (unavailable). `what` prefixes every message.
 */
function openSignedTree(msg, what, key) {
    let text;
    try {
        text = openNote(msg, [key]).text;
    }
    catch (error) {
        if (error instanceof InvalidSignatureError || error instanceof UnverifiedNoteError)
            throw new _build_errors/* SecurityError */.Vx(`${what}: ${error.message}; the note is not signed by ${key.text}`, {
                cause: error,
            });
        throw new SumdbUnavailableError(`${what}: ${(0,_build_errors/* describeError */.Uc)(error)}`, { cause: error });
    }
    try {
        return parseTree(text);
    }
    catch (error) {
        throw new SumdbUnavailableError(`${what}: ${(0,_build_errors/* describeError */.Uc)(error)}`, { cause: error });
    }
}
/** Two signed trees that are not one history: the database's own signatures prove it, whoever carried them. */
class ForkError extends _build_errors/* SecurityError */.Vx {
}
/** A stored file that is unreadable (not tampering: no signature was checked yet). */
function isGarbled(error) {
    return (error instanceof SumdbUnavailableError &&
        (error.cause instanceof MalformedError || error.cause instanceof MalformedNoteError));
}

;// CONCATENATED MODULE: ./.build/sumdb/shared-proofs.js
/**
 * A lookup as the client stores it (tlog.FormatRecord followed by the signed tree note), for a
 * record proven in the tree that note signs: every record a run shares carries the run's last
 * verified note, so one note and its tiles prove them all offline.
 */
function lookupUnderNote(id, text, note) {
    return Buffer.concat([Buffer.from(`${id}\n`), text, Buffer.from('\n'), note]);
}

;// CONCATENATED MODULE: ./.build/sumdb/lookup-file.js





/** `lookup/<escaped path>@<escaped version>`, as client.go Lookup names it; undefined if it cannot be escaped. */
function lookupFile(path, version) {
    try {
        return `lookup/${(0,module_escape/* escapeModulePath */.xk)(path)}@${(0,module_escape/* escapeVersion */.av)(version)}`;
    }
    catch {
        return undefined;
    }
}
/**
 * Whether a stored lookup from the fleet's shared store is refused for `error`: a note that does
 * not verify, a record not in the tree or not the one asked for, a garbled file. Not a fork (the
 * database's own signatures prove it, whoever carried them), and not an unreachable database
 * (the file may be genuine; it is only unproven).
 */
function refusable(error) {
    if (error instanceof ForkError)
        return false;
    return error instanceof _build_errors/* SecurityError */.Vx || error instanceof MalformedError || isGarbled(error);
}
/** Prefixes `module@version: ` to a typed error, keeping its class (so its kind) and cause. */
function wrap(error, subject) {
    if (error instanceof _build_errors/* SecurityError */.Vx)
        return new _build_errors/* SecurityError */.Vx(`${subject}: ${error.message}`, { cause: error });
    if (error instanceof SumdbNotFoundError)
        return new SumdbNotFoundError(`${subject}: ${error.message}`, { cause: error });
    if (error instanceof _build_errors/* InfrastructureError */.EN)
        return new SumdbUnavailableError(`${subject}: ${error.message}`, { cause: error });
    if (error instanceof MalformedError)
        return new SumdbUnavailableError(`${subject}: ${error.message}`, { cause: error });
    return error;
}

;// CONCATENATED MODULE: ./.build/sumdb/state-store.js




/** Held files flush writes between two turns of the event loop. */
const FLUSH_BATCH = 16;
function tempName(target) {
    return `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
}
/**
 * The client's files in one directory, laid out as `go` lays out
 * `$GOMODCACHE/cache/download/sumdb/<name>/`: `latest` (the last verified signed tree note),
 * `lookup/<path>@<version>` (lookup responses: record and signed note, as go stores them) and
 * `tile/<H>/<L>/<N>[.p/<W>]`. The directory travels with the module cache, so the next run proves
 * consistency with the tree this project last saw. Every write is atomic (temp file + rename).
 */
class StateStore {
    dir;
    madeDirs = new Set();
    /** Per top directory (`lookup`, `tile`): whether it was missing when first read. */
    missingDirs = new Map();
    written = new Set();
    held = new Map();
    holding = false;
    flushing;
    constructor(dir) {
        this.dir = dir;
    }
    /**
     * The file's bytes, or undefined when it is missing or empty (as go's ReadCache treats it).
     * Under a top directory that was missing at its first read (a cold cache), only the files
     * written here since are read: a cold run asks the disk nothing per lookup and per tile. A file
     * another process adds there meanwhile is then fetched again, never trusted less.
     */
    async read(file) {
        const held = this.held.get(file);
        if (held)
            return held;
        const top = file.includes('/') ? file.slice(0, file.indexOf('/')) : undefined;
        if (top !== undefined && !this.written.has(file)) {
            let missing = this.missingDirs.get(top);
            if (!missing) {
                missing = promises_.stat(this.resolve(top)).then(() => false, (error) => error.code === 'ENOENT');
                this.missingDirs.set(top, missing);
            }
            if (await missing)
                return undefined;
        }
        try {
            const data = await promises_.readFile(this.resolve(file));
            return data.length === 0 ? undefined : data;
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return undefined;
            throw error;
        }
    }
    /** When the file was last written, or undefined when it is missing. */
    async modifiedAt(file) {
        try {
            return (await promises_.stat(this.resolve(file))).mtime;
        }
        catch {
            return undefined;
        }
    }
    /**
     * From now on, files under a top directory (lookups, tiles) are kept in memory until flush:
     * while `go` fills the module cache, hundreds of small file creations contend with it for the
     * disk and the thread pool (measured as most of the checksum step's CPU in a cold run).
     * Reads see the held files. Top-level files (the remembered tree) are still written at once.
     */
    holdWrites() {
        this.holding = true;
    }
    /**
     * Stops holding and writes the held files (each write atomic). Synchronously, FLUSH_BATCH files
     * per turn of the event loop: for a cold run's few hundred small files this took a third of
     * the CPU of fs/promises (an open, a write, a close and a rename each through the thread pool);
     * the pipeline flushes while `go list` runs, when the event loop is otherwise idle.
     */
    flush() {
        this.holding = false;
        this.flushing ??= (async () => {
            while (this.held.size > 0) {
                let written = 0;
                for (const [file, data] of [...this.held]) {
                    this.writeSyncNow(file, data);
                    // A file written again meanwhile stays held with its new bytes, for the next round.
                    if (this.held.get(file) === data)
                        this.held.delete(file);
                    if (++written % FLUSH_BATCH === 0)
                        await new Promise((resolve) => setImmediate(resolve));
                }
            }
        })().finally(() => (this.flushing = undefined));
        return this.flushing;
    }
    async write(file, data) {
        this.resolve(file);
        if (file.includes('/') && (this.holding || this.held.has(file))) {
            this.held.set(file, Buffer.from(data));
            return;
        }
        await this.writeNow(file, data);
    }
    async writeNow(file, data) {
        const target = this.resolve(file);
        const parent = external_node_path_.dirname(target);
        if (!this.madeDirs.has(parent)) {
            await promises_.mkdir(parent, { recursive: true });
            this.madeDirs.add(parent);
        }
        await (0,files/* writeFileAtomic */.Z)(target, data);
        this.written.add(file);
    }
    writeSyncNow(file, data) {
        const target = this.resolve(file);
        const parent = external_node_path_.dirname(target);
        if (!this.madeDirs.has(parent)) {
            (0,external_node_fs_.mkdirSync)(parent, { recursive: true });
            this.madeDirs.add(parent);
        }
        const temp = tempName(target);
        try {
            (0,external_node_fs_.writeFileSync)(temp, data);
            (0,external_node_fs_.renameSync)(temp, target);
        }
        catch (error) {
            (0,external_node_fs_.rmSync)(temp, { force: true });
            throw error;
        }
        this.written.add(file);
    }
    async remove(file) {
        this.held.delete(file);
        this.written.delete(file);
        await promises_.rm(this.resolve(file), { force: true });
    }
    resolve(file) {
        const target = external_node_path_.resolve(this.dir, file);
        if (!target.startsWith(external_node_path_.resolve(this.dir) + external_node_path_.sep))
            throw new Error(`path escapes the state directory: ${file}`);
        return target;
    }
}

;// CONCATENATED MODULE: ./.build/sumdb/client-ops.js


const LATEST = 'latest';
/** The ops over our state directory (StateStore) and the database's routes (SumdbHttp). */
function sumdbOps(name, options) {
    const store = new StateStore(options.stateDir);
    const requests = { sent: 0, failedRequests: 0 };
    const { baseUrl, routes, shared } = options;
    /** Files last read from the shared store, until proven (written here) or refused. */
    const fromShared = new Set();
    const offered = new Set();
    const sharedReads = new Map();
    const localWrites = new Set();
    const explicit = (url) => [{ url, kind: 'explicit', fallBackOnError: false }];
    const http = new SumdbHttp({
        ...options,
        name,
        counts: requests,
        routes: routes ??
            (typeof baseUrl === 'function' ? async () => explicit(await baseUrl()) : explicit(baseUrl ?? '')),
    });
    return {
        readRemote: (path, what) => http.get(path, what),
        readLatest: () => store.read(LATEST),
        writeLatest: (note) => store.write(LATEST, note),
        latestWrittenAt: () => store.modifiedAt(LATEST),
        readCache: async (file) => {
            const local = await store.read(file);
            if (local || !shared)
                return local;
            // One request per file and run (hasStoredRecord, then the lookup, read the same file).
            let pending = sharedReads.get(file);
            if (!pending) {
                pending = shared.read(file);
                sharedReads.set(file, pending);
            }
            const data = await pending;
            if (data)
                fromShared.add(file);
            return data;
        },
        writeCache: (file, data) => store.write(file, data),
        removeCache: async (file, reason) => {
            if (fromShared.delete(file)) {
                shared?.refuse(file, reason ?? 'it does not verify');
                sharedReads.set(file, Promise.resolve(undefined));
            }
            await store.remove(file);
        },
        fromShared: (file) => fromShared.has(file),
        shareProven: (file, data) => {
            if (fromShared.delete(file)) {
                // Proven: this runner keeps it (held with the others, or awaited by the next flushWrites).
                const write = store.write(file, data).catch(() => undefined);
                localWrites.add(write);
                void write.finally(() => localWrites.delete(write));
                offered.add(file);
            }
            if (!shared || offered.has(file))
                return;
            offered.add(file);
            shared.offer(file, data);
        },
        holdWrites: () => store.holdWrites(),
        flushWrites: async () => {
            await store.flush();
            await Promise.all(localWrites);
        },
        cacheDir: store.dir,
        get remoteShown() {
            return http.shownBase;
        },
        requests,
    };
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
// Tiles are hashed again on every read: keep each tile buffer's (never mutated) Merkle levels,
// so any aligned range of it is hashed once, and at most w-1 node hashes per tile in all.
const tileLevels = new WeakMap();
function tileRangeHash(data, start, end) {
    const count = (end - start) / HASH_SIZE;
    const k = Math.log2(count);
    if (!Number.isInteger(k) || (start / HASH_SIZE) % count !== 0 || end > data.length)
        return tileHash(data.subarray(start, end));
    let levels = tileLevels.get(data);
    if (!levels) {
        levels = [data];
        tileLevels.set(data, levels);
    }
    // Level j holds the roots of the tile's aligned runs of 2^j hashes.
    for (let j = levels.length; j <= k; j++) {
        const below = levels[j - 1];
        const pairs = Math.floor(below.length / (2 * HASH_SIZE));
        const level = Buffer.alloc(pairs * HASH_SIZE);
        for (let i = 0; i < pairs; i++) {
            const at = 2 * i * HASH_SIZE;
            nodeHash(below.subarray(at, at + HASH_SIZE), below.subarray(at + HASH_SIZE, at + 2 * HASH_SIZE)).copy(level, i * HASH_SIZE);
        }
        levels.push(level);
    }
    const i = start / HASH_SIZE / count;
    return Buffer.from(levels[k].subarray(i * HASH_SIZE, (i + 1) * HASH_SIZE));
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

;// CONCATENATED MODULE: ./.build/sumdb/tile-cache.js



/**
 * The client's tiles: each read once per run (disk first, then the database), authenticated
 * against a signed tree before use, and stored once authenticated. Mirrors the tile half of
 * golang.org/x/mod/sumdb/client.go (readTile, the tileReader given to tlog.TileHashReader).
 */
class TileCache {
    options;
    tiles = new Map();
    savedTiles = new Set();
    constructor(options) {
        this.options = options;
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
                this.options.logger?.warn(`${this.options.name}: cached tiles do not match the signed tree (${error.message}); fetching them again`);
                for (const file of fromDisk) {
                    this.tiles.delete(file);
                    this.savedTiles.delete(file);
                    await this.options.ops.removeCache(file, error.message);
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
            return new _build_errors/* SecurityError */.Vx(`checksum database ${this.options.name} served tiles that do not match its signed tree of size ${tree.n}: ${error.message}`, { cause: error });
        if (error instanceof TileSizeError)
            return new SumdbUnavailableError(`checksum database ${this.options.name} served a bad tile: ${error.message}`, {
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
                    // Every tile authenticated here, stored or not, is offered to the fleet's shared proofs.
                    this.options.ops.shareProven(file, data[i]);
                    if (this.savedTiles.has(file))
                        continue;
                    this.savedTiles.add(file);
                    await this.options.ops.writeCache(file, data[i]);
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
            const cached = await this.options.ops.readCache(file);
            if (cached) {
                this.options.counts.tilesFromDisk++;
                this.savedTiles.add(file);
                return { data: cached, fromDisk: true };
            }
            if (tile.w !== full.w) {
                const cachedFull = await this.options.ops.readCache(tilePath(full));
                if (cachedFull) {
                    this.options.counts.tilesFromDisk++;
                    this.savedTiles.add(file);
                    return { data: truncate(cachedFull), fromDisk: true };
                }
            }
        }
        try {
            this.options.counts.tiles++;
            return { data: await this.options.ops.readRemote(`/${file}`, 'tile'), fromDisk: false };
        }
        catch (error) {
            if (tile.w === full.w)
                throw error;
            // Partial tiles may be gone once the tile is complete: read the full one and truncate.
            try {
                this.options.counts.tiles++;
                return {
                    data: truncate(await this.options.ops.readRemote(`/${tilePath(full)}`, 'tile')),
                    fromDisk: false,
                };
            }
            catch {
                throw error;
            }
        }
    }
}

// EXTERNAL MODULE: ./.build/module/module-path.js
var module_module_path = __webpack_require__(6939);
;// CONCATENATED MODULE: ./.build/sumdb/client.js












/**
 * A checksum-database client. Mirrors golang.org/x/mod/sumdb/client.go: every lookup's signed
 * tree note is verified and merged with the latest known tree (a consistency proof, so a fork is
 * a SecurityError), and the record is proven to be in that tree through authenticated tiles.
 */
class SumdbClient {
    options;
    local = { lookups: 0, tiles: 0, tilesFromDisk: 0, lookupsFromDisk: 0 };
    ops;
    tileCache;
    merge = new _build_concurrency/* Serializer */.hE();
    records = new Map();
    initialized;
    latestTree = { n: 0, hash: Buffer.alloc(HASH_SIZE) };
    latestNote = Buffer.alloc(0);
    /** Records proven, with the tree size they were proven in (see proveAgainstLatest). */
    proven = new Map();
    fresh = false;
    refreshing;
    constructor(options) {
        this.options = options;
        this.ops = options.ops;
        this.tileCache = new TileCache({
            name: options.key.name,
            ops: options.ops,
            counts: this.local,
            logger: options.logger,
        });
    }
    /** What the client asked the network and the disk for, so far. */
    get counts() {
        return { ...this.local, ...this.ops.requests };
    }
    /** True once the database itself served a signed tree this run (so the latest tree is fresh). */
    get refreshed() {
        return this.fresh;
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
        return this.ops.remoteShown;
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
        const note = await this.ops.readRemote('/latest', 'latest');
        await this.mergeLatest(note, 'latest tree note');
        this.fresh = true;
        // Rewritten even when unchanged: its time says when the tree was last confirmed.
        if (note.equals(this.latestNote))
            await this.ops.writeLatest(note);
        return this.latestTree;
    }
    /**
     * fetchLatest once per client: a warm run starts it while `go` primes the cache (see
     * prefetchRecords), and the checksum step then waits on that same request, so a database that
     * hangs costs its budget in parallel with priming rather than after it. Never rejects unheard.
     */
    refreshLatest() {
        if (!this.refreshing) {
            this.refreshing = this.fetchLatest();
            this.refreshing.catch(() => undefined);
        }
        return this.refreshing;
    }
    /** Keeps the lookups and tiles stored from now on in memory, until flushWrites (see StateStore.holdWrites). */
    holdWrites() {
        this.ops.holdWrites();
    }
    /** Writes the lookups and tiles held since holdWrites, and stores the next ones at once. */
    flushWrites() {
        return this.ops.flushWrites();
    }
    /** When the remembered tree was last confirmed by the database (the `latest` file's time). */
    async latestConfirmedAt() {
        return this.ops.latestWrittenAt();
    }
    /** Whether a lookup of path@version is stored (go's `lookup/` cache, or ours: the same files). */
    async hasStoredRecord(path, version) {
        const file = lookupFile(path, version);
        return file !== undefined && (await this.ops.readCache(file)) !== undefined;
    }
    /**
     * Reads the remembered tree note. Mirrors client.go initWork: a note that does not open (bad or
     * unknown signature, garbled) is an error, as cmd/go's "reading tree note", never replaced.
     */
    init() {
        this.initialized ??= (async () => {
            const file = `${this.ops.cacheDir}/latest`;
            const remembered = await this.ops.readLatest();
            if (!remembered)
                return;
            try {
                await this.mergeLatest(remembered, `remembered tree note ${file}`);
            }
            catch (error) {
                throw new _build_errors/* SecurityError */.Vx(`checksum database ${this.name}: reading tree note ${file}: ${(0,_build_errors/* describeError */.Uc)(error)}; the last verified tree this project remembers was altered. ` +
                    'Restore it from a trusted cache, or delete the file (and the cache entry it came from) once you know why it changed', { cause: error });
            }
        })();
        return this.initialized;
    }
    /**
     * After every lookup: proves each record again in the final latest tree, so the tiles a later
     * run needs to prove them offline (against this tree) are stored. Read from disk when present.
     */
    async proveAgainstLatest() {
        for (const [key, record] of this.proven) {
            if (record.n === this.latestTree.n)
                continue;
            try {
                this.proven.set(key, { ...record, n: await this.checkRecord(record.id, record.text) });
            }
            catch (error) {
                this.options.logger?.warn(`${this.name}: ${key}: could not store its proof: ${(0,_build_errors/* describeError */.Uc)(error)}`);
            }
        }
    }
    /**
     * Offers the fleet's shared store every record proven in the latest tree, each under that
     * tree's signed note (so one note and its tiles prove them all offline); the tiles were offered
     * as they were authenticated.
     */
    shareProofs() {
        for (const [file, record] of this.proven)
            if (record.n === this.latestTree.n && this.latestNote.length > 0)
                this.ops.shareProven(file, lookupUnderNote(record.id, record.text, this.latestNote));
    }
    /** The whole verified record for path@version (both its lines), fetched once per client. */
    lookupRecord(path, version) {
        const key = (0,module_module_path/* moduleId */.w)({ path, version });
        let pending = this.records.get(key);
        if (!pending) {
            pending = this.fetchRecord(path, version).catch((error) => {
                throw wrap(error, key);
            });
            this.records.set(key, pending);
        }
        return pending;
    }
    /** Mirrors client.go Lookup: the on-disk cache first (proven again), then the remote server. */
    /**
     * Looks path@version up ahead of need; an unavailable database is forgotten (so the real lookup
     * tries again), a verdict (no record, tampering) is kept. Never rejects.
     */
    async prefetchRecord(path, version) {
        const key = (0,module_module_path/* moduleId */.w)({ path, version });
        const pending = this.lookupRecord(path, version);
        try {
            await pending;
        }
        catch (error) {
            const verdict = error instanceof _build_errors/* SecurityError */.Vx || error instanceof SumdbNotFoundError;
            if (!verdict && this.records.get(key) === pending)
                this.records.delete(key);
        }
    }
    async fetchRecord(path, version) {
        await this.init();
        const file = lookupFile(path, version);
        if (!file)
            throw new SumdbNotFoundError(`cannot be looked up: invalid module path or version`);
        const stored = await this.ops.readCache(file);
        if (stored) {
            try {
                const record = await this.proveRecord(stored, `stored lookup ${this.ops.cacheDir}/${file}`, file);
                if (this.ops.fromShared(file) && !record.lines.some((l) => l.startsWith(`${path} ${version} `)))
                    throw new _build_errors/* SecurityError */.Vx(`the record proven is not the one for ${path}@${version}`);
                this.local.lookupsFromDisk++;
                return record;
            }
            catch (error) {
                // From the fleet's shared store: refused (named there), and asked of the database instead.
                if (this.ops.fromShared(file) && refusable(error))
                    await this.ops.removeCache(file, (0,_build_errors/* describeError */.Uc)(error));
                // A signed note that does not verify, or a record not in the tree, is altered local state.
                else if (error instanceof _build_errors/* SecurityError */.Vx)
                    throw error;
                else if (!(error instanceof MalformedError || isGarbled(error)))
                    throw error;
                else {
                    this.options.logger?.warn(`${this.name}: ignoring ${file}: ${(0,_build_errors/* describeError */.Uc)(error)}`);
                    await this.ops.removeCache(file);
                }
            }
        }
        const remote = `/${file}`;
        this.local.lookups++;
        const data = await this.ops.readRemote(remote, 'lookup');
        const record = await this.proveRecord(data, `lookup response from ${this.ops.remoteShown ?? ''}`, file);
        this.fresh = true;
        await this.ops.writeCache(file, data);
        return { ...record, fromDisk: false };
    }
    /** Proves a lookup (stored or served) in the latest tree; `file` names it among the proven. */
    async proveRecord(data, what, file) {
        let parsed;
        try {
            parsed = parseRecord(data);
        }
        catch (error) {
            throw new SumdbUnavailableError(`malformed ${what}`, { cause: error });
        }
        await this.mergeLatest(parsed.rest, what);
        const n = await this.checkRecord(parsed.id, parsed.text);
        this.proven.set(file, { id: parsed.id, text: parsed.text, n });
        const lines = parsed.text
            .toString('utf8')
            .split('\n')
            .filter((l) => l !== '');
        return { id: parsed.id, lines, fromDisk: true };
    }
    /** Mirrors client.go mergeLatest/mergeLatestMem: verify a note and fold it into the latest tree. */
    mergeLatest(msg, what) {
        // Most lookups carry the very note already verified and installed: nothing to prove again.
        if (this.latestNote.length > 0 && msg.equals(this.latestNote))
            return Promise.resolve();
        const tree = openSignedTree(msg, `checksum database ${this.name}: ${what}`, this.options.key);
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
            await this.ops.writeLatest(msg);
            this.options.logger?.debug(`${this.name}: verified tree ${tree.n} ${tree.hash.toString('base64')}`);
        });
    }
    /** Mirrors client.go checkTrees: the newer tree must contain the older one as a prefix. */
    async checkTrees(older, olderNote, newer, newerNote) {
        const h = await this.tileCache.readAuthenticated(newer, (read) => treeHash(older.n, read));
        if (h.equals(older.hash))
            return;
        const indent = (b) => b.toString('utf8').trimEnd().replace(/\n/g, '\n\t');
        const what = older.n === newer.n
            ? `two different trees of size ${older.n} are signed`
            : `the tree of size ${newer.n} does not contain the tree of size ${older.n}`;
        throw new ForkError(`checksum database ${this.name} forked: ${what} ` +
            `(by the tiles of the larger one, the first ${older.n} records hash to ${h.toString('base64')}, not ${older.hash.toString('base64')})` +
            `\nold database:\n\t${indent(olderNote)}\nnew database:\n\t${indent(newerNote)}`);
    }
    /** Mirrors client.go checkRecord: the record must be in the latest tree (its size is returned). */
    async checkRecord(id, text) {
        const latest = this.latestTree;
        if (id < 0 || id >= latest.n)
            throw new _build_errors/* SecurityError */.Vx(`checksum database ${this.name}: cannot validate record ${id} in tree of size ${latest.n} (the record is outside the signed tree)`);
        const [h] = await this.tileCache.readAuthenticated(latest, (read) => read([tlog_storedHashIndex(0, id)]));
        if (!h.equals(recordHash(text)))
            throw new _build_errors/* SecurityError */.Vx(`checksum database ${this.name}: cannot authenticate record data in server response: record ${id} is not the one in the signed tree of size ${latest.n}`);
        return latest.n;
    }
}
/** A client over our state directory and the database's routes: the ops built once, here. */
function client_sumdbClientFor(key, options) {
    return new SumdbClient({ key, logger: options.logger, ops: sumdbOps(key.name, options) });
}

;// CONCATENATED MODULE: ./.build/sumdb/prefetch-records.js




/**
 * Lookups in flight ahead of need: few, so their verification (hashing, in this process) never
 * starves the relay that `go` is priming through at the same time.
 */
const PREFETCH_CONCURRENCY = 4;
/**
 * The module versions of go.sum most likely in the build list, before `go list` says: every
 * version with a zip line (what a build needs), and for each other path its highest version (the
 * one minimal version selection keeps). GONOSUMDB paths are left out: they are never looked up.
 */
function likelyBuildListVersions(goSum, noSumDb) {
    const picked = new Map();
    const highest = new Map();
    for (const line of goSum) {
        if (!line.hash.startsWith('h1:') || (0,prefix_patterns/* matchPrefixPatterns */.J8)(noSumDb, line.path))
            continue;
        const version = line.version.replace(/\/go\.mod$/, '');
        if (version === line.version)
            picked.set((0,module_module_path/* moduleId */.w)({ path: line.path, version }), { path: line.path, version });
        const best = highest.get(line.path);
        if (best === undefined || prefetch_records_compareGoVersions(version, best) > 0)
            highest.set(line.path, version);
    }
    for (const [path, version] of highest)
        picked.set((0,module_module_path/* moduleId */.w)({ path, version }), { path, version });
    return [...picked.values()];
}
function prefetch_records_compareGoVersions(a, b) {
    const bare = (v) => semver.valid(v.replace(/^v/, '').replace(/\+incompatible$/, ''));
    const [x, y] = [bare(a), bare(b)];
    if (x === null || y === null)
        return a < b ? -1 : a > b ? 1 : 0;
    return semver.compare(x, y);
}
/**
 * Starts the lookups (and the tiles they need) of go.sum's likely build list now, while `go`
 * primes the cache, and on a warm run the refresh of the stored tree: verifyChecksums later finds
 * them done in the client. Never throws: a failure here is met again (and reported) by the
 * verification itself.
 */
function prefetchRecords(client, goSum, noSumDb) {
    const versions = likelyBuildListVersions(goSum, noSumDb);
    return (async () => {
        if (versions.length === 0)
            return;
        try {
            await client.init();
        }
        catch {
            return;
        }
        // A run that remembers a tree (a warm cache) refreshes it with one `/latest` (and the tiles
        // of its consistency proof) while its stored records are proven from disk, not after: the
        // checksum step later waits on that same request (refreshLatest).
        if (client.latest.n > 0 && !client.refreshed)
            void client.refreshLatest();
        const limiter = new _build_concurrency/* Limiter */.jG(PREFETCH_CONCURRENCY);
        await Promise.all(versions.map((v) => limiter.run(() => client.prefetchRecord(v.path, v.version))));
        // Records proven from stored lookups of a tree the run did not remember: refresh it too.
        if (client.counts.lookupsFromDisk > 0 && !client.refreshed)
            void client.refreshLatest();
    })();
}

;// CONCATENATED MODULE: ./.build/sumdb/routes.js
/**
 * Every way to the database, in the order go would consider them (cmd/go/internal/modfetch/
 * sumdb.go initBase with TryProxies): an explicit URL alone; else each proxy URL up to `direct`,
 * `off` or the end of the list, then the database itself at `https://<name>`. Whether a proxy
 * relays the database is asked lazily (SumdbHttp), so a warm run sends only `/latest`.
 */
function sumdbRoutes(input) {
    if (input.url)
        return [{ url: input.url, kind: 'explicit', fallBackOnError: false }];
    const routes = [];
    for (const proxy of input.proxies) {
        if (proxy.kind !== 'url')
            break;
        const relay = input.relay && proxy.url === input.relay.url ? input.relay : undefined;
        const dbPath = `/sumdb/${input.key.name}`;
        routes.push({
            url: `${proxy.url.replace(/\/+$/, '')}${dbPath}`,
            kind: 'proxy',
            fallBackOnError: proxy.fallBackOnError,
            ...(input.proxyAttemptMs ? { attemptMs: input.proxyAttemptMs } : {}),
            ...(relay
                ? {
                    via: `the relay (${relay.upstreamNames.join(', ') || 'no upstream'})`,
                    inProcess: (remote, maxBytes, signal) => relay.getInProcess(`${dbPath}${remote}`, maxBytes, signal),
                }
                : {}),
        });
    }
    routes.push({ url: `https://${input.key.name}`, kind: 'direct', fallBackOnError: false });
    return routes;
}

;// CONCATENATED MODULE: ./.build/sumdb/checksum-findings.js


const names = (modules) => modules.map(module_module_path/* moduleId */.w);
/** `x@v` or `x@v (replacement of y@w)`. */
function subject(m) {
    const target = m.checkedAs ?? m;
    return `${target.path}@${target.version}${m.checkedAs ? ` (replacement of ${m.path}@${m.version})` : ''}`;
}
/** The error's text without its leading `path@version: ` (the message names the module already). */
function withoutSubject(text, m) {
    const target = m.checkedAs ?? m;
    const prefix = `${target.path}@${target.version}: `;
    return text.startsWith(prefix) ? text.slice(prefix.length) : text;
}
/** One finding per go.sum line that differs from the database: always a security failure. */
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
/** A misbehaving database is one security finding per distinct misbehaviour. */
function securityFindings(failures) {
    const groups = new Map();
    for (const f of failures) {
        const cause = f.error.cause ?? f.error;
        const key = (0,_build_errors/* describeError */.Uc)(cause);
        const group = groups.get(key) ?? { modules: [], error: f.error };
        group.modules.push(f.module);
        groups.set(key, group);
    }
    return [...groups.values()].map(({ modules, error }) => {
        const one = modules.length === 1 ? modules[0] : undefined;
        const shown = names(modules).slice(0, 5);
        const more = one
            ? ''
            : ` (${modules.length} modules: ${shown.join(', ')}${modules.length > 5 ? ', …' : ''})`;
        return {
            kind: 'security',
            area: 'checksum',
            ...(one ? { module: one.path, version: one.version } : {}),
            message: `${(0,_build_errors/* describeError */.Uc)(error)}${more}`,
        };
    });
}
/**
 * The database holds no record of a version (404/410 on lookup): never an outage. One finding per
 * module, a warning unless `sumdb-no-record: fail`.
 */
function noRecordFinding(m, dbName, policy) {
    return {
        kind: 'policy',
        area: 'checksum',
        ...(policy === 'warn' ? { severity: 'warning' } : {}),
        module: m.path,
        version: m.version,
        message: `${subject(m)}: the checksum database ${dbName} holds no record of this version (404/410 on lookup), so only go.sum vouches for it. ` +
            'This happens for forks at pseudo-versions (a replace to a fork) and for versions the database could not fetch. ' +
            'Check its go.sum lines by hand (or move to a tagged release the database knows); to accept it, keep `sumdb-no-record: warn`, or list a private module in GONOSUMDB/GOPRIVATE.',
    };
}
/**
 * Lookups that could not be done. When others succeeded (a targeted failure) each module is a
 * finding of its own; when nothing reached the database, one finding names every module.
 */
function unavailableFindings(failures, targeted, policy) {
    if (failures.length === 0)
        return [];
    const severity = policy === 'warn' ? { severity: 'warning' } : {};
    const hint = policy === 'fail' ? '; `sumdb-unavailable: warn` lets the run pass without them' : '';
    if (targeted)
        return failures.map(({ module, error }) => ({
            kind: 'infrastructure',
            area: 'checksum',
            ...severity,
            module: module.path,
            version: module.version,
            message: `${subject(module)} not checked: its lookup failed while others succeeded: ${withoutSubject((0,_build_errors/* describeError */.Uc)(error), module)}${hint}`,
        }));
    return [
        {
            kind: 'infrastructure',
            area: 'checksum',
            ...severity,
            message: `checksum database unavailable, ${failures.length} module(s) not checked (${names(failures.map((f) => f.module)).join(', ')}): ${(0,_build_errors/* describeError */.Uc)(failures[0].error)}${hint}`,
        },
    ];
}
/** The one warning of a run whose proofs came from the stored tree because the database was down. */
function offlineFinding(input) {
    const when = input.confirmedAt ? `last confirmed ${input.confirmedAt.toISOString()}` : 'time unknown';
    return {
        kind: 'infrastructure',
        area: 'checksum',
        severity: 'warning',
        message: `checksum database ${input.dbName} could not be reached${input.reason ? ` (${input.reason})` : ''}: ` +
            `${input.count} module(s) verified offline against tree ${input.tree} (${when}, not refreshed). ` +
            'A fork of the database after that tree cannot be detected until it is reachable again.',
    };
}
/** A remembered tree note that does not verify: tampered local state, the run stops. */
function tamperedStateFinding(error) {
    return { kind: 'security', area: 'checksum', message: (0,_build_errors/* describeError */.Uc)(error) };
}
function missingFinding(missing) {
    const shown = names(missing).slice(0, 5);
    return {
        kind: 'config',
        severity: 'warning',
        area: 'checksum',
        message: `${missing.length} module(s) have no /go.mod line in go.sum, so their go.sum could not be checked (${shown.join(', ')}${missing.length > 5 ? ', …' : ''}); run 'go mod tidy' and commit go.sum`,
    };
}

;// CONCATENATED MODULE: ./.build/sumdb/checksum-plan.js





function newTreeState() {
    return { refreshTried: false, forked: false, tampered: false, findings: [] };
}
const id = module_module_path/* moduleId */.w;
/** Security and no-record failures are answers; anything else is the database out of reach. */
function isAnswer(error) {
    return error instanceof _build_errors/* SecurityError */.Vx || error instanceof SumdbNotFoundError;
}
/** What to do for each module of the build list, from go.sum and GONOSUMDB. */
function planChecksums(modules, goSum, noSumDb) {
    const lines = indexGoSum(goSum);
    return modules.map((m) => planModule(m, noSumDb, lines));
}
function planModule(m, noSumDb, lines) {
    const target = (0,build_list/* effectiveModule */.S)(m);
    if (!target)
        return { kind: 'not-applicable' };
    // cmd/go/internal/modfetch/sumdb.go useSumDB: GONOSUMDB is matched against the module path.
    if ((0,prefix_patterns/* matchPrefixPatterns */.J8)(noSumDb, target.path))
        return { kind: 'private' };
    const checkedAs = target.path !== m.path || target.version !== m.version ? target : undefined;
    const zipLines = lines.get(`${target.path} ${target.version}`) ?? [];
    const goModLines = lines.get(`${target.path} ${target.version}/go.mod`) ?? [];
    const base = { path: m.path, version: m.version, ...(checkedAs ? { checkedAs } : {}) };
    if (zipLines.length === 0 && goModLines.length === 0)
        return {
            kind: 'missing',
            result: { ...base, status: 'missing-from-go-sum', detail: 'go.sum has no line for it' },
        };
    return { kind: 'ask', ask: { base, target, zipLines, goModLines } };
}
/** Each module's status from its plan and look-up outcome, sorted into the report's lists. */
function classify(modules, plans, outcomes, tree, fresh) {
    const c = {
        results: [],
        privateModules: [],
        unchecked: [],
        noRecord: [],
        security: [],
        unavailable: [],
        missing: [],
        perModule: [],
    };
    for (const [i, plan] of plans.entries()) {
        const m = modules[i];
        const outcome = outcomes[i];
        const result = resultOf(m, plan, outcome, tree.forked, fresh);
        c.results.push(result);
        if (plan.kind === 'private')
            c.privateModules.push(id(m));
        // A record proven from disk in a tree the database has since forked from.
        if (outcome?.kind === 'record' && result.status === 'unchecked')
            c.unchecked.push(id(m));
        if (outcome?.kind === 'record' && result.status === 'mismatch')
            c.perModule.push({ kind: 'mismatch', module: result });
        if (result.status === 'missing-from-go-sum')
            c.missing.push(result);
        if (outcome?.kind !== 'failed')
            continue;
        if (tree.tampered)
            c.unchecked.push(id(m));
        else if (outcome.error instanceof _build_errors/* SecurityError */.Vx)
            c.security.push({ module: result, error: outcome.error });
        else if (outcome.error instanceof SumdbNotFoundError) {
            c.noRecord.push(id(m));
            c.perModule.push({ kind: 'no-record', module: result });
        }
        else {
            c.unchecked.push(id(m));
            c.unavailable.push({ module: result, error: outcome.error });
        }
    }
    return c;
}
function resultOf(m, plan, outcome, forked, fresh) {
    if (plan.kind === 'private')
        return { path: m.path, version: m.version, status: 'private' };
    if (plan.kind === 'not-applicable')
        return { path: m.path, version: m.version, status: 'not-applicable' };
    if (plan.kind === 'missing')
        return plan.result;
    if (outcome?.kind !== 'record')
        return outcome.result;
    if (forked && outcome.record.fromDisk)
        return { ...outcome.ask.base, status: 'unchecked', detail: 'the database forked from its stored proof' };
    return compareRecord(outcome.ask, outcome.record, fresh);
}
function compareRecord(ask, record, fresh) {
    const { target } = ask;
    const dbHash = (version) => record.lines.find((l) => l.startsWith(`${target.path} ${version} h1:`))?.split(' ')[2];
    const zip = compare(ask.zipLines, dbHash(target.version));
    const goMod = compare(ask.goModLines, dbHash(`${target.version}/go.mod`));
    const proven = record.fromDisk && !fresh ? 'verified-offline' : 'verified';
    const status = !zip.ok || !goMod.ok ? 'mismatch' : ask.goModLines.length === 0 ? 'missing-from-go-sum' : proven;
    return { ...ask.base, status, zip: zip.check, goMod: goMod.check };
}
/** go.sum's h1 lines by `<path> <version>[/go.mod]`: looked up once per module, not scanned. */
function indexGoSum(goSum) {
    const byVersion = new Map();
    for (const line of goSum) {
        if (!line.hash.startsWith('h1:'))
            continue;
        const key = `${line.path} ${line.version}`;
        const same = byVersion.get(key);
        if (same)
            same.push(line);
        else
            byVersion.set(key, [line]);
    }
    return byVersion;
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
/** go.sum lines for module versions outside the build list (reported, not checked). */
function extraLines(goSum, modules) {
    const wanted = new Set();
    for (const m of modules) {
        const target = (0,build_list/* effectiveModule */.S)(m);
        if (target)
            wanted.add(id(target));
    }
    return goSum
        .filter((l) => !wanted.has(`${l.path}@${l.version.replace(/\/go\.mod$/, '')}`))
        .map((l) => ({ path: l.path, version: l.version, file: l.file, line: l.line }));
}

;// CONCATENATED MODULE: ./.build/sumdb/verify-go-sum.js







/** The client verifyChecksums uses, for a caller that starts lookups early (see prefetchRecords). */
function createChecksumClient(input) {
    return input.setting.off ? undefined : sumdbClientFor(input.setting.key, input);
}
/**
 * Checks every go.sum line of the build list against the checksum database, independently of
 * `go` (which consults it only for lines missing from go.sum). A stored lookup is proven again
 * offline against the stored tree; one `/latest` then refreshes that tree. A mismatch or a
 * misbehaving database is a security finding; a version the database never recorded follows
 * `noRecord`; lines without any proof when the database is unreachable follow `unavailable`.
 * Four stages over plain values: plan, look up, classify, findings.
 */
async function verifyChecksums(input) {
    const { setting } = input;
    if (setting.off)
        return offReport(input);
    const client = input.client ?? client_sumdbClientFor(setting.key, input);
    const plans = planChecksums(input.modules, input.goSum, input.noSumDb);
    const tree = newTreeState();
    const outcomes = await lookUpAll(client, plans, input.concurrency ?? 16, tree);
    await settleTree(client, outcomes, tree);
    const classified = classify(input.modules, plans, outcomes, tree, client.refreshed);
    const findings = await checksumFindings(classified, tree, client, input);
    return checksumReport(input, client, classified, findings);
}
function offReport(input) {
    const targets = input.modules.filter((m) => (0,build_list/* effectiveModule */.S)(m) !== undefined);
    const message = 'GOSUMDB=off: go.sum is NOT checked against any checksum database; a tampered go.sum or proxy goes unnoticed. Set the `sumdb` input (default sum.golang.org) to turn verification back on.';
    input.logger.warn(message);
    return {
        enabled: false,
        modules: input.modules.map((m) => ({
            path: m.path,
            version: m.version,
            status: (0,build_list/* effectiveModule */.S)(m) ? 'unchecked' : 'not-applicable',
        })),
        verified: 0,
        checkable: targets.length,
        mismatched: 0,
        privateModules: [],
        unchecked: targets.map(module_module_path/* moduleId */.w),
        extraGoSumLines: extraLines(input.goSum, input.modules),
        requests: { lookups: 0, tiles: 0, tilesFromDisk: 0, failed: 0 },
        findings: [{ kind: 'config', severity: 'warning', area: 'checksum', message }],
    };
}
/** One `/latest`: a fork (or a bad note) means stored proofs are worth nothing now. */
async function refresh(client, tree) {
    tree.refreshTried = true;
    try {
        await client.refreshLatest();
    }
    catch (error) {
        if (!(error instanceof _build_errors/* SecurityError */.Vx))
            tree.refreshError = (0,_build_errors/* describeError */.Uc)(error);
        else {
            tree.forked = true;
            tree.findings.push(tamperedStateFinding(error));
        }
    }
}
/**
 * Looks every Ask up. Warm run (every line has a stored record): one `/latest`, while they are
 * proven, says whether the tree moved; not when lookups ahead of this (prefetchRecords) were
 * already answered with a signed tree. A remembered tree that does not verify fails them all.
 */
async function lookUpAll(client, plans, concurrency, tree) {
    const asks = plans.flatMap((p) => (p.kind === 'ask' ? [p.ask] : []));
    try {
        if (asks.length > 0)
            await client.init();
        const stored = await Promise.all(asks.map((a) => client.hasStoredRecord(a.target.path, a.target.version)));
        const warm = asks.length > 0 && !client.refreshed && stored.every(Boolean);
        const refreshing = warm ? refresh(client, tree) : undefined;
        const limiter = new _build_concurrency/* Limiter */.jG(concurrency);
        const outcomes = await Promise.all(plans.map((p) => (p.kind === 'ask' ? limiter.run(() => lookUp(p.ask, client)) : undefined)));
        await refreshing;
        return outcomes;
    }
    catch (error) {
        if (!(error instanceof _build_errors/* SecurityError */.Vx))
            throw error;
        tree.tampered = true;
        tree.findings.push(tamperedStateFinding(error));
        return plans.map((p) => p.kind === 'ask'
            ? { kind: 'failed', result: { ...p.ask.base, status: 'unchecked' }, error }
            : undefined);
    }
}
async function lookUp(ask, client) {
    try {
        return { kind: 'record', ask, record: await client.lookupRecord(ask.target.path, ask.target.version) };
    }
    catch (error) {
        const status = error instanceof _build_errors/* SecurityError */.Vx
            ? 'mismatch'
            : error instanceof SumdbNotFoundError
                ? 'no-record'
                : 'unchecked';
        return { kind: 'failed', error, result: { ...ask.base, status, detail: (0,_build_errors/* describeError */.Uc)(error) } };
    }
}
/**
 * Records proven from disk and no `/latest` asked yet: ask it now (unless the database is out of
 * reach). Once the tree is fresh, every record is proven in it, so a later run can prove offline.
 */
async function settleTree(client, outcomes, tree) {
    const unavailableSeen = outcomes.some((o) => o?.kind === 'failed' && !isAnswer(o.error));
    const fromDisk = outcomes.some((o) => o?.kind === 'record' && o.record.fromDisk);
    if (fromDisk && !client.refreshed && !unavailableSeen && !tree.refreshTried)
        await refresh(client, tree);
    if (client.refreshed)
        await client.proveAgainstLatest();
}
async function checksumFindings(c, tree, client, input) {
    const findings = [...tree.findings];
    for (const { kind, module } of c.perModule)
        if (kind === 'mismatch')
            findings.push(...mismatchFindings(module, client.name));
        else
            findings.push(noRecordFinding(module, client.name, input.noRecord ?? 'warn'));
    findings.push(...securityFindings(c.security));
    // Targeted: the database answered other lookups (or the tree) this run.
    const answered = client.refreshed || c.noRecord.length > 0;
    findings.push(...unavailableFindings(c.unavailable, answered, input.unavailable));
    const offline = c.results.filter((r) => r.status === 'verified-offline').length;
    if (offline > 0)
        findings.push(offlineFinding({
            dbName: client.name,
            count: offline,
            tree: client.latest.n,
            confirmedAt: await client.latestConfirmedAt(),
            reason: tree.refreshError ?? (c.unavailable[0] ? (0,_build_errors/* describeError */.Uc)(c.unavailable[0].error) : undefined),
        }));
    if (c.missing.length > 0)
        findings.push(missingFinding(c.missing));
    return findings;
}
function checksumReport(input, client, c, findings) {
    const verified = c.results.filter((r) => r.status === 'verified' || r.status === 'verified-offline').length;
    const offline = c.results.filter((r) => r.status === 'verified-offline').length;
    const mismatched = c.results.filter((r) => r.status === 'mismatch').length;
    const targets = input.modules.filter((m) => (0,build_list/* effectiveModule */.S)(m) !== undefined);
    const checkable = targets.length - c.privateModules.length;
    const latest = client.latest;
    const tree = latest.n > 0
        ? { size: latest.n, hash: latest.hash.toString('base64'), refreshed: client.refreshed }
        : undefined;
    const n = client.counts;
    const extraGoSumLines = extraLines(input.goSum, input.modules);
    input.logger.info(`${client.name}: verified ${verified} of ${checkable} modules` +
        (offline ? ` (${offline} offline, tree not refreshed)` : '') +
        (mismatched ? `, ${mismatched} MISMATCHED` : '') +
        (c.noRecord.length ? `, ${c.noRecord.length} without a record` : '') +
        (c.unchecked.length ? `, ${c.unchecked.length} unchecked` : '') +
        (c.privateModules.length ? `, ${c.privateModules.length} private (never looked up)` : '') +
        (tree ? `; tree ${tree.size} ${tree.hash}` : '') +
        `; ${n.lookups} lookups (${n.lookupsFromDisk} from stored proofs), ${n.tiles} tiles fetched, ${n.tilesFromDisk} from cache, ${n.sent} requests`);
    if (extraGoSumLines.length > 0)
        input.logger.info(`${extraGoSumLines.length} go.sum lines are for module versions not in the build list (not checked)`);
    return {
        enabled: true,
        database: { name: client.name, url: client.redactedBase ?? '' },
        tree,
        modules: c.results,
        verified,
        verifiedOffline: offline,
        noRecord: c.noRecord,
        checkable,
        mismatched,
        privateModules: c.privateModules,
        unchecked: c.unchecked,
        extraGoSumLines,
        requests: {
            lookups: n.lookups,
            lookupsFromDisk: n.lookupsFromDisk,
            tiles: n.tiles,
            tilesFromDisk: n.tilesFromDisk,
            sent: n.sent,
            failed: n.failedRequests,
        },
        findings,
    };
}

// EXTERNAL MODULE: ./.build/cache/s3-proofs.js
var s3_proofs = __webpack_require__(8889);
;// CONCATENATED MODULE: ./.build/steps/checksums.js








/**
 * Starts the checksum step as soon as the relay is up: the lookups (and tiles) of go.sum's likely
 * build list go out through the same routes while `go` primes the cache, so `finish` mostly finds
 * them done. The proofs stay in memory while go writes the module cache (hundreds of small files
 * would contend with it), and are written once it is done, while `go list` runs. The database's
 * state (tiles, lookups, the last verified tree) is kept beside the module cache, so it travels
 * with it.
 */
function startChecksumStep(ctx, env, goSum, plan) {
    const { config, io } = ctx;
    const setting = env.settings.sumdb;
    // The fleet's shared proofs (cache-backend: s3): read where the state directory lacks a file.
    const shared = setting.off ? undefined : io.cache?.backend.proofStore?.(setting.key.name, io.logger);
    const options = { ...clientOptions(ctx, env, plan), setting, ...(shared ? { shared } : {}) };
    // The ops (where the client reads and writes) are built once, here.
    const client = setting.off ? undefined : client_sumdbClientFor(setting.key, options);
    client?.holdWrites();
    const prefetched = client ? prefetchRecords(client, goSum, env.settings.noSumDb) : Promise.resolve();
    let flushed;
    let uploaded;
    const flush = () => (flushed ??= (client?.flushWrites() ?? Promise.resolve()).catch((error) => {
        io.logger.warn(`checksum database ${client?.name}: could not store the proofs of this run (${(0,_build_errors/* describeError */.Uc)(error)}); the next run looks them up again`);
    }));
    return {
        async during(priming) {
            try {
                return await priming;
            }
            finally {
                void flush();
            }
        },
        async finish(modules, lines, logger) {
            await prefetched;
            void flush();
            const report = await verifyChecksums({
                ...options,
                ...(client ? { client } : {}),
                modules,
                goSum: lines,
                noSumDb: env.settings.noSumDb,
                unavailable: config.sumdbUnavailable,
                noRecord: config.sumdbNoRecord,
                logger,
            });
            return shared ? { ...report, findings: [...report.findings, ...refusedProofFindings(shared)] } : report;
        },
        async settled() {
            await prefetched;
            await flush();
            // Only what the client proved goes to the fleet's bucket, once the step is over.
            uploaded ??= shared && client ? share(client, shared) : Promise.resolve();
            await uploaded;
        },
        // GONOSUMDB paths are never sent to the database, not even to blame a mismatch.
        lookup: async (path, version) => (0,prefix_patterns/* matchPrefixPatterns */.J8)(env.settings.noSumDb, path) ? undefined : client?.lookup(path, version),
    };
}
/** Where the database is (through the proxies go uses, the relay once it runs), and the run's bounds. */
function clientOptions(ctx, env, plan) {
    const { config, io } = ctx;
    const { settings } = env;
    const setting = settings.sumdb;
    const name = setting.off ? 'off' : setting.key.name;
    const upstreams = settings.proxy.filter((p) => p.kind === 'url').length;
    return {
        routes: setting.off
            ? []
            : sumdbRoutes({
                key: setting.key,
                url: setting.url,
                proxies: plan.sumdbProxies,
                relay: plan.relay,
                // The relay tries each upstream within the budget (and hedges): one budget per upstream.
                proxyAttemptMs: config.latencyBudgetMs * (upstreams + 1),
            }),
        stateDir: external_node_path_.join(settings.goModCache, 'cache', 'download', 'sumdb', name),
        latencyBudgetMs: config.latencyBudgetMs,
        deadline: io.deadline,
        env: io.env,
        clientCerts: config.proxyClientCerts,
        logger: io.logger,
        signal: io.signal,
    };
}
/**
 * Offers the fleet's bucket the records proven in the final tree, keeps on this runner the proofs
 * that came from the bucket and proved (no write outlives the step), then uploads.
 */
async function share(client, shared) {
    client.shareProofs();
    await client.flushWrites().catch(() => undefined);
    await shared.upload();
}
/** Each proof object the bucket held that did not prove: a warning naming its key. */
function refusedProofFindings(shared) {
    return shared.refused.map((refused) => ({
        kind: 'infrastructure',
        severity: 'warning',
        area: 'cache',
        message: (0,s3_proofs/* refusedProofWarning */.RI)(shared.location, refused),
    }));
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
    'GOAUTH',
];
/** Reads `go env -json` in `cwd` (so GOMOD and GOWORK describe the project). */
async function readGoEnv(run, cwd, env) {
    const result = await run(['env', '-json', ...KEYS], { cwd, env, timeoutMs: 60_000 });
    // Killed by the run's one deadline (bounded-runner.ts), not failed: say so, and in which step.
    if (result.timedOut)
        throw new _build_errors/* InfrastructureError */.EN("the run's deadline passed during 'go env' (the Go environment step); raise the 'timeout' input, which bounds the whole run");
    if (result.code !== 0) {
        throw new _build_errors/* InfrastructureError */.EN(`'go env' failed: ${result.stderr.trim() || `exit code ${result.code}`}`);
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
        GOAUTH: get('GOAUTH') || 'netrc',
    };
}

;// CONCATENATED MODULE: ./.build/go/settings.js



function resolveSettings(inputs, goEnv) {
    const proxy = inputs.proxy ?? parseProxyList('proxy (from `go env GOPROXY`)', goEnv.GOPROXY);
    const privateGlobs = inputs.private ?? (0,prefix_patterns/* parsePrefixPatterns */.p3)('private (from `go env GOPRIVATE`)', goEnv.GOPRIVATE);
    const union = (extra) => [...new Set([...privateGlobs, ...(0,prefix_patterns/* parsePrefixPatterns */.p3)('private', extra)])];
    const sumdb = inputs.sumdb ?? parseSumdbSetting('sumdb (from `go env GOSUMDB`)', goEnv.GOSUMDB);
    return {
        proxy,
        private: privateGlobs,
        noProxy: union(goEnv.GONOPROXY),
        noSumDb: union(goEnv.GONOSUMDB),
        sumdb,
        sumdbText: formatSumdbSetting(sumdb),
        goModCache: goEnv.GOMODCACHE,
        goAuth: goEnv.GOAUTH,
    };
}
/** Writes a setting back in GOSUMDB syntax, for the child `go`. */
function formatSumdbSetting(setting) {
    if (setting.off)
        return 'off';
    return setting.url === undefined ? setting.key.text : `${setting.key.text} ${setting.url}`;
}

;// CONCATENATED MODULE: ./.build/steps/environment.js




/** `go env` with Go's defaults applied, the settings resolved against the inputs, the project found. */
async function environmentStep(ctx) {
    const { io, config, cwd } = ctx;
    return io.logger.group('Go environment', async () => {
        const goEnv = await readGoEnv(io.runGo, cwd, io.env);
        const settings = resolveSettings(config, goEnv);
        const project = await detectProject(cwd, goEnv);
        // Exit 2 with the fix, before every `go` command fails on the same `go` line (exit 3).
        await checkGoVersionNeed([...(project.goWork ? [project.goWork] : []), ...project.goModFiles], goEnv, cwd);
        io.logger.info(`${goEnv.GOVERSION} ${goEnv.GOOS}/${goEnv.GOARCH}, ${project.mode} mode${project.vendor ? ', vendor/ present (using -mod=readonly)' : ''}`);
        return { goEnv, settings, project };
    });
}

// EXTERNAL MODULE: ./.build/config/license-policy.js
var license_policy = __webpack_require__(3385);
// EXTERNAL MODULE: ./.build/licenses/policy.js + 1 modules
var licenses_policy = __webpack_require__(4546);
// EXTERNAL MODULE: ./.build/licenses/license-findings.js
var license_findings = __webpack_require__(5359);
;// CONCATENATED MODULE: ./.build/steps/licenses.js









/** The license step, in its log group. */
async function licenseStep(ctx, env, buildList, childEnv, 
/** License reads kept in the cache entry (src/cache/run-memo.ts), reused by zip h1. */
reads) {
    const { config, io } = ctx;
    return io.logger.group('Licenses', () => checkLicenses({
        reads,
        config,
        project: env.project,
        modules: buildList.modules,
        imported: buildList.imported,
        workspaceRoot: io.runner.workspace || env.project.dir,
        logger: io.logger,
        modCache: env.settings.goModCache,
        modGraph: { runGo: io.runGo, cwd: ctx.cwd, env: childEnv, timeoutMs: config.timeoutMs },
        listShipped: () => listShippedModules(io.runGo, {
            cwd: ctx.cwd,
            env: childEnv,
            timeoutMs: config.timeoutMs,
            patterns: mainPackagePatterns(env.project, ctx.cwd),
        }),
    }));
}
/**
 * A finding about a module go.mod does not list points at the `require` line of the direct
 * requirement that brings it in, and says so ("required by X"), rather than at the module line.
 * `go mod graph` runs only when such a finding exists; if it fails, the findings stay as they were.
 */
async function annotateViaRequirer(findings, goMod, mainModule, run, logger) {
    const listed = (f) => !f.module || annotationFor(f.module, goMod.text, undefined, mainModule);
    if (findings.every((f) => f.file !== goMod.file || listed(f)))
        return [...findings];
    let graph;
    try {
        graph = await readModGraph(run.runGo, { cwd: run.cwd, env: run.env, timeoutMs: run.timeoutMs });
    }
    catch (error) {
        logger.debug(`go mod graph failed; annotations stay on the module line: ${String(error)}`);
        return [...findings];
    }
    return findings.map((f) => {
        if (f.file !== goMod.file || !f.module || listed(f))
            return f;
        const at = annotationFor(f.module, goMod.text, graph, mainModule);
        return at?.requiredBy
            ? { ...f, line: at.line, message: `${f.message} (required by ${at.requiredBy})` }
            : f;
    });
}
/**
 * Identifies every module's license and gates those in the scope: `shipped` (default) the modules
 * compiled into the main packages on the common targets (go-licenses', FOSSA's and Snyk's view:
 * what a binary distributes), `imports` those providing packages to `go list -deps -test ./...`
 * here, `build-list` all. A module outside the scope whose license would fail is reported as a
 * warning, not gated. Annotations name go.mod relative to the workspace, as GitHub wants them.
 */
async function checkLicenses(input) {
    const { config, project } = input;
    const policy = (0,license_policy/* licensePolicyFromConfig */.y)(config);
    // Without license-allow or license-deny nothing is gated, so no scope is listed: on a warm run
    // the six go list -deps calls would extract the trees of every compiled-in module for nothing.
    const shipped = config.licenseScope === 'shipped' && (0,licenses_policy/* isGating */.LV)(policy) ? await shippedScope(input) : undefined;
    const inScope = config.licenseScope === 'imports' ? input.imported : shipped;
    const scopeName = config.licenseScope === 'build-list' ? undefined : config.licenseScope;
    const goModFile = project.mode === 'module' ? project.goModFiles[0] : undefined;
    const mainGoMod = goModFile
        ? {
            file: external_node_path_.relative(input.workspaceRoot, goModFile) || 'go.mod',
            text: await promises_.readFile(goModFile, 'utf8'),
        }
        : undefined;
    const evaluated = await (0,evaluate/* evaluateLicenses */.az)(input.modules, policy, {
        mainGoMod,
        inScope,
        scopeName,
        modCache: input.modCache,
        reads: input.reads,
    });
    const mainModule = input.modules.find((m) => m.main)?.path;
    const report0 = mainGoMod && mainModule && input.modGraph
        ? {
            ...evaluated,
            findings: await annotateViaRequirer(evaluated.findings, mainGoMod, mainModule, input.modGraph, input.logger),
        }
        : evaluated;
    const report = config.licenseScope === 'build-list' ? await withCompiledIn(report0, input) : report0;
    const denied = report.modules.filter((m) => m.verdict === 'denied').length;
    const unknown = report.modules.filter((m) => m.verdict === 'unknown').length;
    input.logger.info(report.gating
        ? `${report.modules.length} modules: ${denied} not allowed, ${unknown} unknown${inScope ? ` (license-scope: ${scopeName}: ${inScope.size} modules compiled in, the rest reported, not gated)` : ''}`
        : `${report.modules.length} modules: licenses reported, not gated (set license-allow or license-deny to gate them)`);
    return report;
}
/**
 * The `shipped` scope: one `go list -deps` per common target. If go cannot list them, every
 * module is gated (as `build-list`): a failure never lets a license through.
 */
async function shippedScope(input) {
    if (input.listShipped === undefined)
        return undefined;
    const started = performance.now();
    try {
        const shipped = await input.listShipped();
        input.logger.info(`license-scope: shipped: ${shipped.modules.size} modules compiled in on ${shipped.calls} targets (${shipped.calls} go list -deps calls, ${Math.round(performance.now() - started)} ms)`);
        return shipped.modules;
    }
    catch (error) {
        input.logger.warn(`license-scope: shipped: could not list the packages compiled in (${error.message}); every module of the build list is gated`);
        return undefined;
    }
}
/** Under `build-list`, marks the failing modules no target compiles in (lists them only then). */
async function withCompiledIn(report, input) {
    const failing = report.modules.some((m) => !m.main && (m.verdict === 'denied' || m.verdict === 'unknown'));
    if (!failing || input.listShipped === undefined)
        return report;
    try {
        return (0,license_findings/* markNotCompiledIn */.R)(report, (await input.listShipped()).modules);
    }
    catch (error) {
        input.logger.debug(`go list -deps per target failed; violations not marked: ${error.message}`);
        return report;
    }
}

// EXTERNAL MODULE: ./.build/logger.js
var logger = __webpack_require__(8980);
;// CONCATENATED MODULE: ./.build/steps/beside.js

/**
 * Starts `work` now, beside whatever the pipeline does next (the checksum step waits on the
 * network while the license step uses the CPU). Its lines are kept and logged as one group when
 * `result()` is asked for, so groups never interleave; the group's own time is then what the step
 * still cost after the other one ended, and a line gives its whole time.
 */
function startBeside(io, title, 
/** What runs meanwhile, for the log: "the license step". */
besideOf, work) {
    const kept = new logger/* KeptLogger */.xQ();
    const started = io.now();
    let ended = started;
    const running = work(kept).finally(() => (ended = io.now()));
    // Its failure is taken by result(); until then it is not an unhandled rejection.
    running.catch(() => undefined);
    return {
        result: () => io.logger.group(title, async () => {
            try {
                return await running;
            }
            finally {
                kept.replayInto(io.logger);
                io.logger.info(`${title}: ${(0,logger/* formatElapsed */.C7)(ended - started)} in all, beside ${besideOf}`);
            }
        }),
    };
}

;// CONCATENATED MODULE: ./.build/go/download.js


/**
 * Runs `go mod download -json all` (since Go 1.18 a bare `go mod download` fetches only direct
 * requirements). Modules are reported as go prints them; a failure of the whole command without
 * per-module errors (a broken module graph, a missing go.sum entry) is thrown as a typed error.
 */
async function downloadAll(run, options) {
    const modules = [];
    const stream = new json_stream/* JsonObjectStream */.U((module) => {
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
        return { modules, failed, timedOut: true };
    stream.end();
    if (result.code !== 0 && failed.length === 0)
        throw classifyGoFailure('go mod download -json all', result.stderr);
    return { modules, failed, timedOut: false };
}

// EXTERNAL MODULE: ./.build/plural.js
var _build_plural = __webpack_require__(1238);
;// CONCATENATED MODULE: ./.build/report/sections/cache-section.js


const SHOWN = 20;
/** 1234567 → "1.2 MB" (decimal units, as the cache service reports sizes). */
function formatBytes(bytes) {
    if (bytes < 1000)
        return `${bytes} B`;
    const units = ['kB', 'MB', 'GB', 'TB'];
    let value = bytes;
    let unit = -1;
    while (value >= 1000 && unit < units.length - 1) {
        value /= 1000;
        unit++;
    }
    return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
/** Escaped text in <code>: entities are decoded there, unlike in a Markdown code span. */
function code(text, escape) {
    return `<code>${escape(text)}</code>`;
}
const HIT = {
    exact: '✅ exact hit',
    partial: '🟡 partial hit (restore key), missing modules fetched',
    miss: '⚪ miss',
    disabled: 'disabled',
};
/** One line about the post step's save (also usable on its own in the post step's log). */
function renderCacheSaveLine(save, escape) {
    if (!save.saved)
        return `- Saved: no — ${escape(save.reason ?? 'not saved')}`;
    const parts = [`- Saved: ${code(save.key ?? '', escape)}`];
    if (save.bytes !== undefined)
        parts.push(formatBytes(save.bytes));
    if (save.archiveBytes !== undefined)
        parts.push(`archive ${formatBytes(save.archiveBytes)}`);
    if (save.durationMs !== undefined)
        parts.push(formatDuration(save.durationMs));
    if (save.pruned)
        parts.push(`${save.pruned} module versions pruned first`);
    return parts.join(' · ');
}
/**
 * The "Cache" section of the job summary: purged (polluted) entries first with what differed,
 * then key, hit kind, restored size and time, verification counts, and the save (or that it
 * happens in the post step). Every module-provided string goes through `escape`.
 */
function renderCacheSection(report, escape, checksFailed = false, runFailed = checksFailed) {
    const lines = ['### Cache'];
    if (report.hit === 'disabled') {
        lines.push('', 'Cache disabled (`cache: false`).');
        return lines.join('\n');
    }
    if (report.purged.length > 0) {
        lines.push('', `⚠️ **${plural(report.purged.length, 'polluted module')} purged from the restored cache and fetched again:**`, '');
        lines.push('| Module | Version | What differed |', '|---|---|---|');
        for (const entry of report.purged.slice(0, SHOWN)) {
            const what = entry.problems.map((p) => escape(p.detail)).join('<br>');
            lines.push(`| ${escape(entry.path)} | ${escape(entry.version)} | ${what} |`);
        }
        if (report.purged.length > SHOWN)
            lines.push(`| … ${report.purged.length - SHOWN} more: see the JSON report | | |`);
    }
    lines.push('');
    const backend = report.backend
        ? ` (${report.backend === 'actions' ? 'GitHub cache service' : 'local directory'})`
        : '';
    lines.push(`- Restore: ${HIT[report.hit]}${backend}`);
    if (report.key)
        lines.push(`- Key: ${code(report.key, escape)}`);
    if (report.matchedKey && report.matchedKey !== report.key)
        lines.push(`- Restored from: ${code(report.matchedKey, escape)}`);
    if (report.restoreError)
        lines.push(`- ⚠️ Restore failed, the run went on without a cache: ${escape(report.restoreError)}`);
    const sized = [
        report.restoredBytes !== undefined ? `${formatBytes(report.restoredBytes)} restored` : undefined,
        report.restoreMs !== undefined
            ? `restore and verification ${formatDuration(report.restoreMs)}`
            : undefined,
    ].filter((s) => s !== undefined);
    if (sized.length > 0)
        lines.push(`- ${sized.join(', ')}`);
    if (report.verified !== undefined)
        lines.push(`- Verified: ${report.verified} module versions match go.sum${report.unlisted ? `, ${report.unlisted} not in go.sum (consistency checked)` : ''}, ${report.purged.length} purged`);
    lines.push(report.save
        ? renderCacheSaveLine(report.save, escape)
        : saveToCome(report, escape, checksFailed, runFailed));
    return lines.join('\n');
}
/**
 * What the post step will do, as far as the main step knows (cache/entry.ts; the hand-over decided, from the
 * run's verdict). A failed run promises no save: its post step does not run (post-if: success()).
 */
function saveToCome(report, escape, checksFailed, runFailed) {
    if (report.hit === 'exact' && !report.saveSkipped)
        return '- Save: not needed, the exact key was restored';
    if (checksFailed)
        return '- Save: no, a checksum check failed in this run';
    if (report.saveSkipped)
        return `- Save: no — ${escape(report.saveSkipped)}`;
    if (runFailed)
        return '- Save: no, the run failed (a failed run saves nothing)';
    return `- Save: in the post step, under ${report.key ? 'the key above' : "this run's key"} (${report.hit === 'partial' ? 'a restore key matched' : 'no entry matched'})`;
}
/** The section as a summary SectionRenderer: nothing when the run did not reach the cache. */
function cacheSection(report, escape) {
    const checksFailed = report.findings.some((f) => f.kind === 'security');
    const runFailed = report.status === 'failed';
    return report.cache ? renderCacheSection(report.cache, escape, checksFailed, runFailed) : undefined;
}

;// CONCATENATED MODULE: ./.build/report/priming-progress.js


/** At most one progress line this often off a terminal (a CI log keeps every line). */
const PROGRESS_EVERY_MS = 5000;
/** On a terminal the one status line is rewritten this often. */
const STATUS_EVERY_MS = 1000;
/** `3.5 s`, `2 min 5 s`: a whole number of seconds past ten. */
function seconds(ms) {
    const s = ms / 1000;
    if (s < 10)
        return `${s.toFixed(1)} s`;
    if (s < 60)
        return `${Math.round(s)} s`;
    return `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
}
/**
 * `priming: 120 of 465 modules (26%), 13 MB of about 50 MB, 2.6 MB/s, about 40 s left; now from
 * proxy.golang.org`. The total bytes and the time left are extrapolated from the modules done
 * (a proxy announces no sizes ahead), so they say "about".
 */
function progressLine(f) {
    const parts = [];
    if (f.known > 0) {
        parts.push(`${f.done} of ${(0,_build_plural/* plural */.L)(f.known, 'module')} (${Math.floor((100 * f.done) / f.known)}%)`);
        const left = f.known - f.done;
        if (f.done > 0 && left > 0) {
            parts.push(`${formatBytes(f.bytes)} of about ${formatBytes(Math.round((f.bytes * f.known) / f.done))}`);
            parts.push(`${formatBytes(Math.round(f.rate))}/s`);
            parts.push(`about ${seconds((f.elapsedMs * left) / f.done)} left`);
        }
        else {
            parts.push(formatBytes(f.bytes));
            if (f.done > 0)
                parts.push(`${formatBytes(Math.round(f.rate))}/s`);
        }
    }
    else
        parts.push(`${formatBytes(f.bytes)}`, `${formatBytes(Math.round(f.rate))}/s`);
    return `priming: ${parts.join(', ')}; ${f.where} (${seconds(f.elapsedMs)})`;
}
/** Every file go.sum named was fetched ahead of go: what go has not taken yet waits here. */
function fetchedAhead(report) {
    const p = report.prefetch;
    return p !== undefined && p.planned > 0 && p.fetched >= p.planned;
}
/**
 * While `go mod download` runs: modules and bytes done against the total go.sum names, the rate,
 * the time left, and which upstream serves (or what it waits on). On a terminal (the logger has a
 * status line) one line is rewritten in place every second; elsewhere a line every 5 s at most,
 * in the priming phase's log group on GitHub.
 */
function startPrimingProgress(options) {
    const started = options.now();
    const known = new Set(options.known);
    const inPlace = options.logger.status !== undefined;
    let last = { at: started, total: 0, bytes: new Map() };
    const tick = () => {
        const report = options.report();
        const now = options.now();
        const bytes = report.upstreams.reduce((sum, u) => sum + u.bytes, 0);
        const done = report.modules.filter((m) => m.file === 'zip' && known.has(`${m.path}@${m.version}`)).length;
        const serving = report.upstreams
            .map((u) => ({ name: u.name, gained: u.bytes - (last.bytes.get(u.name) ?? 0) }))
            .filter((u) => u.gained > 0)
            .sort((a, b) => b.gained - a.gained)[0];
        let where;
        if (serving)
            where = `now from ${serving.name}`;
        else if (report.pending.length > 0) {
            const upstreams = [...new Set(report.pending.flatMap((p) => p.upstreams))];
            where = `nothing new; ${(0,_build_plural/* plural */.L)(report.pending.length, 'request')} waiting on ${upstreams.join(', ') || 'go'}`;
        }
        else if (known.size > 0 && (done >= known.size || fetchedAhead(report))) {
            // Every file is in (here, or held for go); go now unpacks the trees (minutes on a large
            // list): not a hang.
            where = 'every module fetched; go is unpacking them';
        }
        else
            where = 'nothing new';
        const rate = now > last.at ? ((bytes - last.total) * 1000) / (now - last.at) : 0;
        const line = progressLine({ done, known: known.size, bytes, elapsedMs: now - started, rate, where });
        if (options.logger.status)
            options.logger.status(line);
        else
            options.logger.info(line);
        last = { at: now, total: bytes, bytes: new Map(report.upstreams.map((u) => [u.name, u.bytes])) };
    };
    const every = options.every ??
        ((ms, fn) => {
            const timer = setInterval(fn, ms);
            timer.unref();
            return () => clearInterval(timer);
        });
    const cancel = every(inPlace ? STATUS_EVERY_MS : PROGRESS_EVERY_MS, tick);
    return {
        stop: () => {
            cancel();
            options.logger.status?.('');
        },
        tick,
    };
}

;// CONCATENATED MODULE: ./.build/steps/prime.js






/**
 * `go mod download -json all` through the relay, under the run's deadline (the watchdog). It
 * also fetches graph-only modules whose lines a tidy go.sum leaves out, and writes them to go.sum:
 * the file is put back as committed before anything reads it.
 */
async function primeStep(ctx, childEnv, plan, goSumGuard, 
/** Why priming is not needed (an exact, complete, verified cache hit), if it is not. */
notNeeded) {
    const { io, config } = ctx;
    if (notNeeded) {
        io.logger.info(notNeeded);
        return {
            download: { modules: [], failed: [], timedOut: false },
            addedByDownload: [],
            findings: [],
            skipped: true,
        };
    }
    let download;
    let addedByDownload;
    let pendingAtKill = [];
    try {
        download = await io.logger.group('Priming the module cache (go mod download -json all)', async () => {
            plan.relay?.prefetch(plan.prefetch);
            const relay = plan.relay;
            const progress = relay &&
                startPrimingProgress({
                    report: () => relay.report(),
                    known: plan.prefetch.filter((f) => f.kind === 'zip').map((f) => `${f.module}@${f.version}`),
                    logger: io.logger,
                    now: io.now,
                });
            try {
                return await downloadAll(io.runGo, {
                    cwd: ctx.cwd,
                    env: childEnv,
                    timeoutMs: config.timeoutMs,
                    onTimeout: () => (pendingAtKill = plan.relay?.pending() ?? []),
                });
            }
            finally {
                progress?.stop();
                const prefetched = await plan.relay?.endPrefetch();
                if (prefetched)
                    io.logger.info(describePrefetch(prefetched));
            }
        });
    }
    finally {
        addedByDownload = await goSumGuard.restore();
    }
    // The finding's words: a private module's fixes rather than git's raw output.
    for (const failure of download.failed) {
        const subject = { module: failure.Path, version: failure.Version };
        const denied = privateModuleFailure(failure.Error ?? '', subject);
        io.logger.error(denied?.message ?? `${failure.Path}@${failure.Version}: ${failure.Error}`);
    }
    io.logger.info(`${(0,_build_plural/* plural */.L)(download.modules.length - download.failed.length, 'module')} ready in the module cache (fetched now or already there), ${download.failed.length} failed`);
    if (addedByDownload.length > 0) {
        io.logger.info(`go mod download added ${(0,_build_plural/* plural */.L)(addedByDownload.length, 'line')} to go.sum for modules no package imports; go.sum was left as committed and those hashes are checked against the checksum database instead`);
    }
    const findings = [
        ...(download.timedOut ? watchdogFindings(config.timeoutMs, pendingAtKill) : []),
        ...download.failed.map(downloadFinding),
    ];
    return { download, addedByDownload, findings, skipped: false };
}
/** The watchdog fired: one finding, and one per module still pending, naming what it waited on. */
function watchdogFindings(timeoutMs, pending) {
    const overall = {
        kind: 'infrastructure',
        area: 'proxy',
        message: `priming did not finish within the timeout (${(0,duration/* formatDuration */.a)(timeoutMs)}); the go process group was killed${pending.length > 0 ? `; ${(0,_build_plural/* plural */.L)(pending.length, 'request was', 'requests were')} still waiting` : ''}`,
    };
    return [
        overall,
        ...pending.map((p) => ({
            kind: 'infrastructure',
            area: 'proxy',
            module: p.module,
            version: p.version,
            message: `still waiting after ${(0,duration/* formatDuration */.a)(p.waitingMs)} for the ${p.kind} ${p.phase === 'headers' ? 'response headers' : 'body'} from ${p.upstreams.join(', ') || 'no upstream'}`,
        })),
    ];
}
function downloadFinding(failure) {
    const message = failure.Error ?? 'download failed';
    const denied = privateModuleFailure(message, { module: failure.Path, version: failure.Version });
    if (denied)
        return {
            kind: 'config',
            area: 'go',
            module: failure.Path,
            version: failure.Version,
            message: denied.message,
        };
    const checksum = isChecksumFailure(message);
    return {
        kind: checksum ? 'security' : 'infrastructure',
        area: checksum ? 'checksum' : 'proxy',
        module: failure.Path,
        version: failure.Version,
        message: checksum ? `the bytes served do not match go.sum: ${message}` : message,
    };
}
/** The lines `go mod download` wanted to add to go.sum, named as such: they are verified too. */
function downloadedLines(primed) {
    return primed.addedByDownload.map((l) => ({
        ...l,
        file: `${l.file} as go mod download would write it`,
        line: 0,
    }));
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./.build/goproxy/netrc.js


/**
 * Mirrors cmd/go/internal/auth/netrc.go parseNetrc, rule for rule:
 * - lines split on "\n"; each line's whitespace-separated fields are read in pairs (keyword,
 *   value), so a keyword never takes its value from the next line, while an entry may span lines;
 * - `machine` starts an entry; it is kept once it has a machine, a login and a password, and a
 *   later `login`/`password` without a new `machine` belongs to nothing;
 * - `macdef` skips the lines after it up to an exactly empty line (the rest of its own line is read);
 * - `default` is never an entry: as the last field of a line it ends the file (machines after it
 *   are ignored), elsewhere it is skipped like `account`;
 * - there are no comments: `#` is a field like any other.
 */
function parseNetrc(data) {
    const entries = [];
    let current = { machine: '', login: '', password: '' };
    let inMacro = false;
    for (const line of data.split('\n')) {
        if (inMacro) {
            if (line === '')
                inMacro = false;
            continue;
        }
        const fields = line.split(/\s+/).filter((f) => f !== '');
        let i = 0;
        for (; i < fields.length - 1; i += 2) {
            const value = fields[i + 1];
            switch (fields[i]) {
                case 'machine':
                    current = { machine: value, login: '', password: '' };
                    break;
                case 'login':
                    current.login = value;
                    break;
                case 'password':
                    current.password = value;
                    break;
                case 'macdef':
                    inMacro = true;
                    break;
            }
            if (current.machine !== '' && current.login !== '' && current.password !== '') {
                entries.push(current);
                current = { machine: '', login: '', password: '' };
            }
        }
        if (i < fields.length && fields[i] === 'default')
            break;
    }
    return entries;
}
/**
 * The netrc credentials cmd/go (GOAUTH=netrc, Go 1.24+) sends with a request, as auth.go's
 * storeCredential/loadCredential: https only; the entry whose machine is the URL's host (with its
 * port, case as written) plus a leading part of its path, cut at a `/`, the longest winning; for
 * a machine listed twice, the first. A host string is matched as `https://<host>/`.
 */
function netrcCredentials(entries, target) {
    const url = typeof target === 'string' ? new URL(`https://${target}/`) : target;
    if (url.protocol !== 'https:')
        return undefined;
    let prefix = `${url.host}${url.pathname}`.replace(/\/$/, '');
    for (;;) {
        const match = entries.find((e) => e.machine.replace(/^https:\/\//, '').replace(/\/$/, '') === prefix);
        if (match)
            return { login: match.login, password: match.password };
        const slash = prefix.lastIndexOf('/');
        if (slash < 0)
            return undefined;
        prefix = prefix.slice(0, slash);
    }
}
/**
 * Mirrors cmd/go/internal/auth/auth.go runGoAuth's reading of GOAUTH (Go 1.24+): `;`-separated
 * methods, empty meaning `netrc`; `off` alone sends nothing; an empty method, `off` combined with
 * others, or `git` without one absolute directory are errors (go fails on them too).
 */
function parseGoAuth(value) {
    const text = value === '' ? 'netrc' : value;
    const methods = text.split(';').map((m) => m.trim());
    const fail = (problem) => {
        throw new _build_errors/* WardenError */.Sh('config', `GOAUTH=${value}: ${problem}; go refuses it as well. Accepted: netrc, off, git <absolute dir>, or a command; several joined by ;`);
    };
    let netrc = false;
    const unsupported = [];
    for (const method of methods) {
        const words = method.split(/\s+/).filter((w) => w !== '');
        if (words.length === 0)
            fail('an empty method (go: "GOAUTH encountered an empty command")');
        switch (words[0]) {
            case 'off':
                if (methods.length !== 1)
                    fail('off cannot be combined with other methods');
                return { netrc: false, unsupported: [] };
            case 'netrc':
                netrc = true;
                break;
            case 'git':
                if (words.length !== 2 || !external_node_path_.isAbsolute(words[1]))
                    fail('git needs one absolute path to a git working directory');
                unsupported.push(method);
                break;
            default:
                unsupported.push(method);
        }
    }
    return { netrc, unsupported };
}
/**
 * The netrc text the relay gets: one `machine <host> login … password …` line per https upstream
 * host that cmd/go would send netrc credentials to, nothing else; undefined when go would send
 * none. The relay keys credentials by host, so a host go would treat in two ways (an http
 * upstream beside an https one, or two paths with different entries) gets none: fewer
 * credentials than go, never more.
 */
function netrcForUpstreams(goAuth, netrcText, upstreamUrls) {
    if (!goAuth.netrc || netrcText === undefined)
        return undefined;
    const entries = parseNetrc(netrcText);
    const byHost = new Map();
    for (const raw of upstreamUrls) {
        if (!URL.canParse(raw))
            continue;
        const url = new URL(raw);
        if (url.protocol === 'file:')
            continue;
        const credentials = netrcCredentials(entries, url);
        const line = credentials && `machine ${url.host} login ${credentials.login} password ${credentials.password}`;
        byHost.set(url.host, (byHost.get(url.host) ?? new Set()).add(line ?? ''));
    }
    const lines = [...byHost.values()].flatMap((set) => (set.size === 1 && !set.has('') ? [...set] : []));
    return lines.length === 0 ? undefined : lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./.build/goproxy/prefetch-plan.js




/**
 * The files `go mod download all` will ask the relay for, as far as go.sum tells: the `.mod` of
 * every `/go.mod` line (go reads the go.mod of every version in the module graph), then the `.info`
 * and then the `.zip` of one version per module path, in the order of go's phases (modload reads the whole
 * graph before modcmd downloads). The one version is the highest among the path's zip lines: MVS
 * selects the highest version required, and a tidy go.sum keeps zip lines only for selected
 * versions, so older zip lines are stale ones go will not ask for (on a real project they were 72 MB
 * of 300). Lines go could not fetch either (an invalid path or version) are left to `go`.
 */
function planPrefetch(input) {
    const mods = [];
    const selected = new Map();
    const seen = new Set();
    const add = (list, request) => {
        const key = fileKey(request);
        if (seen.has(key) || input.inCache.has(key))
            return;
        seen.add(key);
        list.push(request);
    };
    for (const line of input.goSum) {
        if ((0,prefix_patterns/* matchPrefixPatterns */.J8)(input.neverProxied, line.path))
            continue;
        const goMod = line.version.endsWith('/go.mod');
        const version = goMod ? line.version.slice(0, -'/go.mod'.length) : line.version;
        if (!fetchable(line.path, version))
            continue;
        if (goMod)
            add(mods, { kind: 'mod', module: line.path, version });
        else {
            const known = selected.get(line.path);
            if (known === undefined || compareVersions(version, known) > 0)
                selected.set(line.path, version);
        }
    }
    // Every .info before the zips: go asks a module's .info first, and a tiny file queued behind
    // large zips kept it waiting (a median 150 ms per module in the bench's per-file timeline).
    const infos = [];
    const zips = [];
    for (const [module, version] of selected) {
        add(infos, { kind: 'info', module, version });
        add(zips, { kind: 'zip', module, version });
    }
    return [...mods, ...infos, ...zips];
}
/** x/mod semver.Compare for the versions go.sum holds (`v` prefix; build metadata ignored). */
function compareVersions(a, b) {
    const pa = semver.parse(a.slice(1));
    const pb = semver.parse(b.slice(1));
    if (!pa || !pb)
        return 0;
    return semver.compare(pa, pb);
}
function fetchable(path, version) {
    try {
        (0,module_escape/* escapeModulePath */.xk)(path);
        (0,module_escape/* escapeVersion */.av)(version);
        return true;
    }
    catch {
        return false;
    }
}

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
/** Upper bounds (seconds) of the time-to-headers histogram: Prometheus' default buckets. */
const LATENCY_BUCKETS_SECONDS = [
    0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10,
];
function latencyHistogram(samplesMs) {
    const buckets = LATENCY_BUCKETS_SECONDS.map((bound) => samplesMs.filter((ms) => ms / 1000 <= bound).length);
    const sumSeconds = samplesMs.reduce((sum, ms) => sum + ms, 0) / 1000;
    return { buckets, count: samplesMs.length, sumSeconds };
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
    /** The failure streak an answer in time just reset (restored when that answer's body fails). */
    streakBeforeAnswer = 0;
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
    /** The recent median time to headers is over the budget: the next request will likely breach. */
    predictsBreach() {
        return this.recent.length >= 3 && this.recent.percentile(50) > this.budgetMs;
    }
    /** Records what a request admitted by admit() came to. */
    record(admission, outcome) {
        if (admission === 'kept')
            return;
        if (admission === 'trial') {
            this.trialInFlight = false;
            if (this.current !== 'half-open')
                return;
            if (outcome.kind === 'answered' && (outcome.untimed || outcome.ms <= this.budgetMs)) {
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
        if (outcome.kind === 'answered' && outcome.untimed) {
            this.streakBeforeAnswer = this.failures;
            this.failures = 0;
            return;
        }
        // A timeout is over the budget by definition, however early its timer fired.
        this.recent.add(outcome.kind === 'timeout' ? Math.max(outcome.ms, this.budgetMs + 1) : outcome.ms);
        const failed = outcome.kind !== 'answered' || outcome.ms > this.budgetMs;
        if (!failed)
            this.streakBeforeAnswer = this.failures;
        this.failures = failed ? this.failures + 1 : 0;
        this.checkFailures(outcome);
    }
    /**
     * The body of a request whose headers came in time failed after all (cut off, stalled, altered):
     * that answer counts as a failure in the streak it had reset.
     */
    bodyFailed(ms, reason) {
        if (this.current !== 'closed')
            return;
        this.failures = Math.max(this.failures, this.streakBeforeAnswer) + 1;
        this.streakBeforeAnswer = 0;
        this.checkFailures({ kind: 'error', ms, reason });
    }
    checkFailures(outcome) {
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

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
;// CONCATENATED MODULE: ./.build/goproxy/direct-fetch.js





/** Origin fetches at once: each is a `go` process and a VCS clone. */
const DIRECT_CONCURRENCY = 4;
const CONTENT_TYPES = {
    info: 'application/json',
    mod: 'text/plain; charset=utf-8',
    zip: 'application/zip',
};
/** cmd/go's words for a version the origin does not have: a not-found, not a failure. */
const NOT_FOUND = /unknown revision|invalid version|no matching versions|not found|does not exist|repository .* not found/i;
/**
 * cmd/go's words when it could not reach the origin at all (DNS, connect, TLS, timeout), as
 * net/http and git say them: the host is out for the rest of the run.
 */
const UNREACHABLE = /no such host|dial tcp|i\/o timeout|connection refused|network is unreachable|no route to host|could not resolve host|failed to connect|TLS handshake timeout/i;
/**
 * The host a module path is fetched from first (its first element: the go-get host, or the
 * repository host for github.com/…), which an unreachable answer is remembered under.
 */
function originHost(modulePath) {
    return modulePath.split('/')[0];
}
/**
 * The relay's `direct` route: fetches a module version from its origin in a child `go`
 * (`GOPROXY=direct go mod download -json mod@version`, a private scratch module cache,
 * `-modcacherw`), and answers the .info, .mod or .zip from what it wrote, like a proxy would.
 * The relay then checks those bytes against go.sum as any upstream's. Children are killed when
 * every call for them gave up, and by close().
 */
class DirectFetcher {
    options;
    fetches = new Map();
    /**
     * Origin hosts no child could reach in this run, with what go said: the next module of the same
     * host is answered 502 at once, without a child (it would fail the same way, and a dropped
     * connection can take a child tens of seconds and a slot to find out).
     */
    unreachable = new Map();
    queue = [];
    running = 0;
    scratch;
    closed = false;
    constructor(options) {
        this.options = options;
    }
    /** GETs a proxy path (`/<module>/@v/<version>.<kind>`) from the origin. */
    call(requestPath) {
        const request = (0,module_escape/* parseProxyRequest */.HL)(requestPath);
        if (!request || (request.kind !== 'info' && request.kind !== 'mod' && request.kind !== 'zip'))
            return answered(direct_fetch_text(404, `direct: the relay fetches module files only, not ${requestPath}`));
        const down = this.unreachable.get(originHost(request.module));
        if (down !== undefined)
            return answered(direct_fetch_text(502, `direct: ${originHost(request.module)} unreachable earlier in this run, not tried again: ${down}`));
        const key = `${request.module}@${request.version}`;
        let fetch = this.fetches.get(key);
        if (!fetch || fetch.cancelled)
            this.fetches.set(key, (fetch = this.start(key)));
        fetch.waiters++;
        let done = false;
        const current = fetch;
        const response = current.result.then((d) => serve(d, request.kind));
        response.catch(() => { });
        void response.finally(() => {
            if (!done)
                current.waiters--;
            done = true;
        });
        return {
            response,
            abort: () => {
                if (done)
                    return;
                done = true;
                if (--current.waiters === 0 && !current.settled)
                    this.kill(current);
            },
        };
    }
    /** Kills every child and removes the scratch module cache. */
    async close() {
        this.closed = true;
        // Queued fetches run now and see the relay closed.
        for (const next of this.queue.splice(0))
            next();
        for (const fetch of this.fetches.values())
            this.kill(fetch);
        if (this.scratch)
            await external_node_fs_.promises.rm(this.scratch, { recursive: true, force: true }).catch(() => { });
    }
    start(key) {
        const fetch = {
            result: Promise.resolve({}),
            child: undefined,
            waiters: 0,
            settled: false,
            cancelled: false,
        };
        fetch.result = this.slot()
            .then(() => this.run(fetch, key))
            .then((d) => {
            if (d.Error && !fetch.cancelled && UNREACHABLE.test(d.Error) && !NOT_FOUND.test(d.Error))
                this.unreachable.set(originHost(key), d.Error);
            return d;
        })
            .finally(() => {
            fetch.settled = true;
            fetch.child = undefined;
            this.running--;
            this.queue.shift()?.();
        });
        fetch.result.catch(() => { });
        return fetch;
    }
    /** Waits for a free child slot. */
    slot() {
        const limit = this.options.concurrency ?? DIRECT_CONCURRENCY;
        if (this.running < limit) {
            this.running++;
            return Promise.resolve();
        }
        return new Promise((resolve) => this.queue.push(() => {
            this.running++;
            resolve();
        }));
    }
    async run(fetch, key) {
        if (this.closed || fetch.cancelled)
            return { Error: 'direct: cancelled' };
        const scratch = await this.scratchDir();
        const child = (0,external_node_child_process_.spawn)(this.options.goBin ?? 'go', ['mod', 'download', '-json', key], {
            cwd: scratch,
            env: {
                ...this.options.env,
                GOPROXY: 'direct',
                GOMODCACHE: external_node_path_.join(scratch, 'mod'),
                GOFLAGS: '-modcacherw',
                GOWORK: 'off',
                GOTOOLCHAIN: this.options.env.GOTOOLCHAIN || 'local',
                GIT_TERMINAL_PROMPT: '0',
            },
            detached: true,
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        fetch.child = child;
        const out = [];
        const err = [];
        child.stdout?.on('data', (d) => out.push(d));
        child.stderr?.on('data', (d) => err.push(d));
        const code = await new Promise((resolve) => {
            child.on('error', () => resolve(-1));
            child.on('close', (c) => resolve(c));
        });
        try {
            const parsed = JSON.parse(Buffer.concat(out).toString('utf8'));
            if (parsed.Error || code === 0)
                return parsed;
        }
        catch {
            // No JSON: go failed before it could say anything (killed, not installed).
        }
        const said = Buffer.concat(err).toString('utf8').trim().split('\n').at(-1);
        return { Error: `direct: go mod download ${key}: ${said || `exit ${code}`}` };
    }
    async scratchDir() {
        this.scratch ??= await external_node_fs_.promises.mkdtemp(external_node_path_.join(this.options.scratchParent, 'gmw-direct-'));
        return this.scratch;
    }
    kill(fetch) {
        if (!fetch.settled)
            fetch.cancelled = true;
        const pid = fetch.child?.pid;
        if (pid === undefined)
            return;
        try {
            process.kill(-pid, 'SIGKILL');
        }
        catch {
            fetch.child?.kill('SIGKILL');
        }
    }
}
function direct_fetch_text(status, body) {
    return {
        status,
        contentType: 'text/plain; charset=utf-8',
        contentLength: String(Buffer.byteLength(body)),
        body: external_node_stream_.Readable.from([Buffer.from(body, 'utf8')]),
    };
}
function answered(response) {
    return { response: Promise.resolve(response), abort: () => response.body.destroy() };
}
/** The file `go` wrote for this kind, as a proxy's answer; its error as a 404 or a 502. */
async function serve(d, kind) {
    if (d.Error)
        return direct_fetch_text(NOT_FOUND.test(d.Error) ? 404 : 502, `${d.Error}\n`);
    const file = kind === 'info' ? d.Info : kind === 'mod' ? d.GoMod : d.Zip;
    const stat = file ? await external_node_fs_.promises.stat(file).catch(() => undefined) : undefined;
    if (!file || !stat?.isFile())
        return direct_fetch_text(502, `direct: go mod download wrote no .${kind}\n`);
    return {
        status: 200,
        contentType: CONTENT_TYPES[kind],
        contentLength: String(stat.size),
        body: external_node_fs_.createReadStream(file),
    };
}

;// CONCATENATED MODULE: ./.build/goproxy/zip-budget.js
/**
 * A zip's time to first byte, sized from what the relay knows of it (issue 22, point 5). Proxies
 * stream big zips from origin storage, and a cold one is built first: its first byte comes later
 * than a `.info`'s, so racing it at the plain budget starts needless races (a `direct` clone, a
 * second proxy pulling the same big file over the same link). What is known:
 * - the upstream answered this version's `.info` or `.mod` within the budget in this run: it is
 *   healthy now and has the version, so a late zip is a big or cold one, not an outage. The zip
 *   gets KNOWN_VERSION_FACTOR × the budget;
 * - the zip's size, from the Content-Length of an earlier answer for it (a prefetch, an attempt
 *   whose body failed): the budget plus the time the origin takes to read that many bytes at
 *   ORIGIN_BYTES_PER_SECOND.
 * The larger applies; with nothing known a zip gets the plain budget (an upstream whose small
 * files are late or failing is raced at once). Either way a breach only starts a race: the late
 * attempt stays in it and its answer is used if it comes first.
 */
const KNOWN_VERSION_FACTOR = 4;
/** How fast a proxy is assumed to read a zip from its storage before sending the first byte. */
const ORIGIN_BYTES_PER_SECOND = 8 * 1000 * 1000;
class ZipBudgets {
    /** `module@version` → names of the upstreams that answered its .info or .mod within the budget. */
    onTime = new Map();
    /** `module@version` → the zip's size in bytes, from a Content-Length. */
    sizes = new Map();
    /** An upstream answered a request 200 (`late`: after its budget). */
    learn(upstream, request, late, contentLength) {
        if (request.kind === 'zip') {
            const bytes = Number(contentLength);
            if (contentLength !== undefined && Number.isSafeInteger(bytes) && bytes >= 0)
                this.sizes.set(key(request), bytes);
            return;
        }
        if ((request.kind !== 'info' && request.kind !== 'mod') || late)
            return;
        const k = key(request);
        const names = this.onTime.get(k) ?? new Set();
        names.add(upstream);
        this.onTime.set(k, names);
    }
    /** The time to first byte `upstream` gets for this request before the next route starts. */
    budgetMs(upstream, request, budgetMs) {
        if (request.kind !== 'zip')
            return budgetMs;
        const k = key(request);
        const known = this.onTime.get(k)?.has(upstream) ? KNOWN_VERSION_FACTOR * budgetMs : budgetMs;
        const bytes = this.sizes.get(k);
        const sized = bytes === undefined ? budgetMs : budgetMs + (1000 * bytes) / ORIGIN_BYTES_PER_SECOND;
        return Math.round(Math.max(known, sized));
    }
}
function key(request) {
    return `${request.module}@${request.version}`;
}

;// CONCATENATED MODULE: ./.build/goproxy/held-check.js





function expectedHashes(goSum) {
    const map = new Map();
    for (const line of goSum)
        if (line.hash.startsWith('h1:'))
            map.set(`${line.path} ${line.version}`, line.hash);
    return map;
}
/** The go.sum hash a module file must have: its zip line, or its `/go.mod` line; none for .info. */
function expectedHash(hashes, request) {
    if (request.kind === 'info')
        return undefined;
    return hashes.get(`${request.module} ${request.version}${request.kind === 'mod' ? '/go.mod' : ''}`);
}
/**
 * The zips this relay proved, by module version: a file in the module cache whose bytes have the
 * same SHA-256 is proven without inflating it again (LandedZipDigests).
 */
class ProvenZips {
    byModule = new Map();
    set(request, zip) {
        this.byModule.set(`${request.module} ${request.version}`, zip);
    }
    get(module, version) {
        return this.byModule.get(`${module} ${version}`);
    }
}
/**
 * Hashes a whole body as cmd/go does before it trusts it (modfetch checkMod / checkGoMod:
 * dirhash.HashZip for a zip, the go.mod hash for a .mod) and compares it with go.sum. A zip that
 * cannot even be read is a mismatch too: go.sum names bytes that can.
 */
async function checkHeld(held, request, hashes) {
    const expected = expectedHash(hashes, request);
    if (!expected)
        return { kind: 'unchecked' };
    let got;
    try {
        if (request.kind === 'mod')
            got = (0,dirhash/* hashGoMod */.hK)(held.kind === 'memory' ? held.data : await (0,promises_.readFile)(held.file));
        else
            got = held.kind === 'memory' ? (0,zip_reader/* hashZip */.mk)(held.data) : await (0,zip_file_digest/* hashZipFile */.SD)(held.file);
    }
    catch (error) {
        got = `unreadable zip (${error.message})`;
    }
    if (got !== expected)
        return { kind: 'mismatch', got };
    if (request.kind !== 'zip')
        return { kind: 'matches' };
    const sha256 = held.kind === 'memory' ? await sha256Hex(held.data) : await sha256OfFile(held.file);
    return { kind: 'matches', zip: { sha256, h1: got } };
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
    security = [];
    fallbacks = 0;
    constructor(upstreams, budgetMs, breakerOptions, now, onTransition) {
        this.budgetMs = budgetMs;
        this.now = now;
        this.states = upstreams.map((upstream) => {
            const breakers = {};
            const state = {
                upstream,
                breakers,
                requests: 0,
                outcomes: new Map(),
                latencies: [],
                bytes: 0,
                hedgesFired: 0,
                hedgesWon: 0,
                answering: { module: false, sumdb: false },
                lateWins: 0,
                kept: 0,
            };
            for (const kind of ['module', 'sumdb'])
                breakers[kind] = new CircuitBreaker(budgetMs, breakerOptions, now, (t) => onTransition(state, kind, t));
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
    /** A module file body failed part-way, or was too large: an error of that upstream. */
    bodyFailed(state, outcome, ms, health = 'module') {
        count(state, outcome);
        state.answering[health] = false;
        state.breakers[health].bodyFailed(ms, `body ${outcome}`);
    }
    /** Bytes that do not hash to go.sum: tampering or corruption, whatever else the run does. */
    altered(state, fact, ms) {
        count(state, 'altered');
        state.breakers.module.bodyFailed(ms, `altered ${fact.kind} (not as go.sum)`);
        const known = this.security.some((s) => s.module === fact.module &&
            s.version === fact.version &&
            s.kind === fact.kind &&
            s.upstream === state.upstream.name);
        if (!known)
            this.security.push({ ...fact, upstream: state.upstream.name });
    }
    routeOf(modulePath, version) {
        return this.routes.get(`${modulePath}@${version}`)?.upstream;
    }
    pending() {
        const at = this.now();
        return [...this.flights].map((f) => {
            const r = f.request;
            const work = f.joined ?? f;
            return {
                ...(r.kind === 'sumdb' ? {} : { module: r.module }),
                ...('version' in r ? { version: r.version } : {}),
                kind: r.kind === 'sumdb' ? `sumdb ${r.db}/${r.rest}` : r.kind,
                upstreams: [...work.waitingOn],
                phase: work.phase,
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
            latencyHistogram: latencyHistogram(s.latencies),
            bytes: s.bytes,
            hedgesFired: s.hedgesFired,
            hedgesWon: s.hedgesWon,
            ...(s.lateWins > 0 ? { lateWins: s.lateWins } : {}),
            ...(s.kept > 0 ? { kept: s.kept } : {}),
            ...(s.probe ? { probe: s.probe } : {}),
            breaker: breakerReport(s.breakers.module),
            sumdbBreaker: breakerReport(s.breakers.sumdb),
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
                return {
                    path: key.slice(0, at),
                    version: key.slice(at + 1),
                    upstream: route.upstream,
                    file: route.kind,
                };
            }),
            failures: [...this.failures],
            security: [...this.security],
            pending: this.pending(),
        };
    }
}
function breakerReport(breaker) {
    return {
        state: breaker.state,
        transitions: breaker.transitions.map((t) => ({ ...t, at: new Date(t.at).toISOString() })),
    };
}
/** Adds one to an outcome counter of the upstream. */
function count(state, outcome) {
    state.outcomes.set(outcome, (state.outcomes.get(outcome) ?? 0) + 1);
}

;// CONCATENATED MODULE: ./.build/goproxy/route-plan.js
/**
 * The routing policy of one request as a pure function: given the upstreams, the fallback policy
 * and what each attempt so far came to, what to do next. The executor (relay-route.ts) runs the
 * attempts, their timers and breakers; it asks this after every event.
 *
 * Mirrors cmd/go/internal/modfetch/proxy.go TryProxies: upstreams in list order; after a 404/410
 * the next one is tried; after any other error only when the entry's separator was `|`
 * (fallBackOnError). Our additions, with next-proxy allowed: any error, breach or open circuit
 * moves on whatever the separator, and an attempt past its budget (or predicted to pass it) is
 * raced by the next upstream (a hedge) rather than waited on. The first 200 wins.
 *
 * A breach starts a race and never ends one: a breached attempt stays in flight until it answers,
 * fails or stalls (the executor's stall timer), and its answer is used if it is the first good one.
 * A route skipped for its open circuit is tried anyway when nothing else is left and it is known
 * to answer (`keep`): the breaker never closes the last working route. When nothing is in flight
 * and nothing is left to try, the answer is an error: 404 when every upstream said not found, else
 * 502 (TryProxies reports a proxy error before a not-found).
 */
/** The next action for one request. */
function nextRouteAction(input) {
    const found = input.attempts.findIndex((a) => a.state.kind === 'found');
    if (found >= 0)
        return { kind: 'serve', attempt: found };
    let errors = 0;
    let stopped = false;
    for (const a of input.attempts) {
        if (a.state.kind !== 'failed' && a.state.kind !== 'breached' && a.state.kind !== 'refused')
            continue;
        errors++;
        if (!input.nextProxy && !input.upstreams[a.upstream].fallBackOnError)
            stopped = true;
    }
    const inFlight = input.attempts.filter((a) => a.state.kind === 'waiting' || a.state.kind === 'breached');
    const fresh = inFlight.some((a) => a.state.kind === 'waiting' && !a.state.overtaken);
    const next = nextUpstream(input);
    if (!stopped && next !== undefined) {
        if (!fresh)
            return { kind: 'try', upstream: next, hedge: inFlight.length > 0 };
        return { kind: 'wait' };
    }
    // Nothing more to start: wait for every attempt in flight, breached ones too.
    if (inFlight.length > 0)
        return { kind: 'wait' };
    const kept = lastWorkingRoute(input);
    if (kept !== undefined)
        return { kind: 'keep', upstream: kept };
    return errors === 0 ? { kind: 'not-found' } : { kind: 'fail' };
}
/** The first route skipped for its open circuit that answers in this run and was not sent yet. */
function lastWorkingRoute(input) {
    const sent = new Set(input.attempts.filter((a) => a.state.kind !== 'refused').map((a) => a.upstream));
    return input.attempts.find((a) => a.state.kind === 'refused' && input.keep?.has(a.upstream) && !sent.has(a.upstream))?.upstream;
}
/** The first upstream after the last one attempted, skipping the excluded ones. */
function nextUpstream(input) {
    let i = input.attempts.reduce((max, a) => Math.max(max, a.upstream + 1), 0);
    while (i < input.upstreams.length && input.exclude?.has(i))
        i++;
    return i < input.upstreams.length ? i : undefined;
}

;// CONCATENATED MODULE: ./.build/goproxy/upstream-request.js


// Static: ncc's shim for `await import('node:stream')` yields undefined in the bundle.



function createAgents(egress, clientCerts) {
    return { ...createHttpAgents(egress, clientCerts), firstHops: new WeakMap() };
}
function firstHop(upstream, agents) {
    let hop = agents.firstHops.get(upstream);
    if (!hop) {
        hop = { proxy: egressProxyFor(new URL(upstream.url), agents.egress) };
        agents.firstHops.set(upstream, hop);
    }
    return hop;
}
const RELAY_HEADERS = { 'User-Agent': 'go-module-warden-relay' };
/**
 * GETs `requestPath` (case-encoded, starting with `/`) from the upstream (httpGet: redirects as
 * Go's http client follows them, the Authorization header to the upstream's own origin only).
 */
function callUpstream(upstream, requestPath, agents) {
    if (upstream.source)
        return upstream.source.call(requestPath);
    if (upstream.directory !== undefined)
        return callDirectory(upstream.directory, requestPath);
    const call = httpGet(new URL(upstream.url + requestPath), {
        agents,
        headers: RELAY_HEADERS,
        authorization: upstream.authorization,
        firstHopProxy: firstHop(upstream, agents),
    });
    const response = call.response.then((res) => ({
        status: res.statusCode ?? 0,
        contentType: res.headers['content-type'],
        contentLength: res.headers['content-length'],
        body: res,
    }));
    // Nobody may be listening any more when an aborted call rejects.
    response.catch(() => { });
    return { response, abort: () => call.abort() };
}
const upstream_request_CONTENT_TYPES = {
    '.info': 'application/json',
    '.json': 'application/json',
    '.zip': 'application/zip',
};
// A file:// GOPROXY entry: the module cache's download directory layout, 404 for missing files.
function callDirectory(directory, requestPath) {
    const file = external_node_path_.join(directory, ...requestPath.split('/').filter((e) => e !== ''));
    let stream;
    const response = (async () => {
        const stat = await external_node_fs_.promises.stat(file).catch(() => undefined);
        if (!stat?.isFile() || !file.startsWith(directory + external_node_path_.sep)) {
            return {
                status: 404,
                contentType: 'text/plain; charset=utf-8',
                contentLength: undefined,
                body: external_node_stream_.Readable.from([Buffer.from(`not found: ${requestPath}`)]),
            };
        }
        stream = external_node_fs_.createReadStream(file);
        return {
            status: 200,
            contentType: upstream_request_CONTENT_TYPES[external_node_path_.extname(file)] ?? 'text/plain; charset=utf-8',
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
/** A network error as one line: its code (ECONNRESET…) and message. */
function describeNetworkError(error) {
    const code = error.code;
    const message = error instanceof Error ? error.message : String(error);
    return typeof code === 'string' && !message.includes(code) ? `${code} ${message}` : message;
}

;// CONCATENATED MODULE: ./.build/goproxy/relay-route.js




/** Once an upstream's recent median is over the budget, hedge after this fraction of the budget. */
const EARLY_HEDGE_FRACTION = 0.25;
/**
 * Runs one request through the upstreams as route-plan.ts decides (cmd/go modfetch.TryProxies,
 * plus our hedging with next-proxy): starts attempts, arms their budget timers on the injected
 * clock, keeps breakers and counters, and asks the planner again after every event.
 */
function routeRequest(ctx, flight, requestPath, signal, scope = { health: 'module' }) {
    return new RequestRace(ctx, flight, requestPath, scope).run(signal);
}
/**
 * The executor of one request: each event (a response, a breach, an error, a body read) updates
 * one attempt, then pump() asks the planner what to do next. The routes it may use are an input
 * (scope.routes), in the order they are tried.
 */
class RequestRace {
    ctx;
    flight;
    requestPath;
    scope;
    routes;
    plan;
    attempts = [];
    reasons = [];
    reads = 0;
    finished = false;
    notFound;
    resolve = () => { };
    signal;
    onAbort = () => this.finish({ kind: 'answer', status: 499, text: 'client gone\n', degraded: false });
    constructor(ctx, flight, requestPath, scope) {
        this.ctx = ctx;
        this.flight = flight;
        this.requestPath = requestPath;
        this.scope = scope;
        // The request's route (proxy-routes): every attempt, fallback and hedge stays among these.
        this.routes = scope.routes ?? ctx.statesFor?.(flight.request) ?? ctx.states;
        const excluded = new Set();
        this.routes.forEach((s, i) => {
            if (scope.exclude?.has(s))
                excluded.add(i);
        });
        this.plan = {
            // The relay's own direct route follows the proxies as `|direct` would: after any error.
            upstreams: this.routes.map((s, i) => ({
                fallBackOnError: s.upstream.fallBackOnError || this.routes[i + 1]?.upstream.source !== undefined,
            })),
            nextProxy: ctx.nextProxy,
            exclude: excluded,
        };
    }
    /** Starts the race; resolves with the winner or the answer for `go`. */
    run(signal) {
        return new Promise((resolve) => {
            this.resolve = resolve;
            this.signal = signal;
            signal.addEventListener('abort', this.onAbort);
            this.pump();
        });
    }
    get budget() {
        return this.ctx.latencyBudgetMs;
    }
    inFlight(a) {
        return a.state.kind === 'waiting' || a.state.kind === 'breached';
    }
    showWaiting() {
        this.flight.waitingOn = this.attempts.filter((a) => this.inFlight(a)).map((a) => a.ups.upstream.name);
    }
    record(a, outcome) {
        if (a.recorded)
            return;
        if (this.scope.timed === false && outcome.kind === 'timeout')
            return;
        if (this.scope.timed === false && outcome.kind === 'answered')
            outcome = { ...outcome, untimed: true };
        a.recorded = true;
        a.breaker.record(a.admission, outcome);
    }
    /** Each attempt counts one outcome: a breached one counted 'timeout' already. */
    settle(a, state, outcome) {
        for (const t of a.timers)
            this.ctx.clock.clearTimeout(t);
        if (a.state.kind === 'waiting')
            count(a.ups, outcome);
        a.state = state;
        this.showWaiting();
    }
    failWith(ups, reason) {
        this.reasons.push(`${ups.upstream.name}: ${reason}`);
    }
    finish(result) {
        if (this.finished)
            return;
        this.finished = true;
        this.signal?.removeEventListener('abort', this.onAbort);
        for (const a of this.attempts) {
            if (!this.inFlight(a))
                continue;
            this.settle(a, { kind: 'failed' }, 'cancelled');
            a.call?.abort();
            if (!a.recorded)
                a.breaker.release(a.admission);
        }
        this.resolve(result);
    }
    /** The routes whose last outcome in this run was an answer (by position in this race's list). */
    answering() {
        const keep = new Set();
        this.routes.forEach((s, i) => {
            if (s.answering[this.scope.health])
                keep.add(i);
        });
        return keep;
    }
    /**
     * Starts an attempt on the route at `index` (in this race's list); `kept` sends it whatever its
     * circuit says, as the last route that answers.
     */
    start(index, hedge, kept = false) {
        const { ctx } = this;
        const ups = this.routes[index];
        const breaker = ups.breakers[this.scope.health];
        const admission = kept ? 'kept' : breaker.admit();
        if (kept) {
            ups.kept++;
            ctx.logger.debug(ctx.redact(`${this.requestPath}: no other route answered; kept ${ups.upstream.name}`));
        }
        const base = {
            upstream: index,
            ups,
            breaker,
            admission,
            started: ctx.now(),
            budgetMs: ctx.zipBudgets?.budgetMs(ups.upstream.name, this.flight.request, this.budget) ?? this.budget,
            hedge,
            timers: [],
            recorded: false,
        };
        if (admission === 'refused') {
            count(ups, 'skipped');
            this.failWith(ups, `circuit open (${breaker.transitions.at(-1)?.reason ?? 'no reason'})`);
            this.attempts.push({ ...base, state: { kind: 'refused' }, call: undefined });
            return;
        }
        if (hedge) {
            for (const a of this.attempts)
                if (this.inFlight(a))
                    a.ups.hedgesFired++;
            ctx.logger.debug(ctx.redact(`${this.requestPath}: hedging to ${ups.upstream.name}`));
        }
        ups.requests++;
        const a = {
            ...base,
            state: { kind: 'waiting', overtaken: false },
            call: callUpstream(ups.upstream, this.requestPath, ctx.agents),
        };
        this.attempts.push(a);
        this.showWaiting();
        // The origin is the last route: nothing to race it with, so no budget (its clone takes what it takes).
        if (!ups.upstream.source)
            a.timers.push(ctx.clock.setTimeout(() => this.onBreach(a), a.budgetMs));
        // A zip with its own longer budget is not hedged early: its upstream just answered its version.
        if (ctx.nextProxy && a.budgetMs <= this.budget && breaker.predictsBreach())
            a.timers.push(ctx.clock.setTimeout(() => this.onEarlyHedge(a), Math.round(this.budget * EARLY_HEDGE_FRACTION)));
        a.call?.response.then((response) => this.onResponse(a, response), (error) => this.onError(a, error));
    }
    onBreach(a) {
        if (a.state.kind !== 'waiting')
            return;
        this.record(a, { kind: 'timeout', ms: this.ctx.now() - a.started });
        count(a.ups, 'timeout');
        this.failWith(a.ups, `no response headers within ${a.budgetMs} ms`);
        // A breach starts a race and never ends one: the attempt stays until it answers, fails, or
        // sends no headers for stall-timeout more. Without next-proxy there is no race to keep it in:
        // the breach is an error like any other (cmd/go's semantics).
        if (this.ctx.nextProxy) {
            a.state = { kind: 'breached' };
            a.timers.push(this.ctx.clock.setTimeout(() => this.onStall(a), this.ctx.stallTimeoutMs));
        }
        else {
            for (const t of a.timers)
                this.ctx.clock.clearTimeout(t);
            a.state = { kind: 'failed' };
            a.call?.abort();
            this.showWaiting();
        }
        this.pump();
    }
    /** A breached attempt that sent no headers for stall-timeout past its budget: dropped. */
    onStall(a) {
        if (a.state.kind !== 'breached')
            return;
        a.ups.answering[this.scope.health] = false;
        count(a.ups, 'stalled');
        this.reasons.push(`${a.ups.upstream.name}: no response headers within ${a.budgetMs + this.ctx.stallTimeoutMs} ms (budget, then stall-timeout)`);
        this.settle(a, { kind: 'failed' }, 'stalled');
        a.call?.abort();
        this.pump();
    }
    onEarlyHedge(a) {
        if (a.state.kind !== 'waiting' || a.state.overtaken)
            return;
        a.state = { kind: 'waiting', overtaken: true };
        this.ctx.logger.debug(`${a.ups.upstream.name}: recent median over budget; hedging early`);
        this.pump();
    }
    readReason(response, limit, then) {
        this.reads++;
        void readSmallBody(response.body, limit, Math.min(this.ctx.stallTimeoutMs, this.budget)).then((text) => {
            this.reads--;
            then(text);
            this.pump();
        });
    }
    onResponse(a, response) {
        if (this.finished || !this.inFlight(a))
            return void response.body.destroy();
        const ms = this.ctx.now() - a.started;
        const status = response.status;
        a.ups.latencies.push(ms);
        a.ups.answering[this.scope.health] = status === 200 || status === 404 || status === 410;
        if (status === 200) {
            a.late = a.state.kind === 'breached';
            if (!a.ups.upstream.source)
                this.ctx.zipBudgets?.learn(a.ups.upstream.name, this.flight.request, a.late, response.contentLength);
            this.record(a, { kind: 'answered', ms });
            this.settle(a, { kind: 'found' }, '200');
            a.response = response;
        }
        else if (status === 404 || status === 410) {
            this.record(a, { kind: 'answered', ms });
            this.settle(a, { kind: 'not-found' }, String(status));
            this.readReason(response, 4096, (text) => (this.notFound = { status, text: text || `not found: ${this.requestPath}\n` }));
        }
        else
            this.onErrorStatus(a, response, ms);
        this.pump();
    }
    /** An answer that is neither a 200 nor a not-found. */
    onErrorStatus(a, response, ms) {
        const status = response.status;
        // 429 is the upstream failing under load, like a 5xx; other 4xx are answers.
        const serverError = status >= 500 || status === 429;
        this.record(a, serverError ? { kind: 'error', ms, reason: `answered ${status}` } : { kind: 'answered', ms });
        const breached = a.state.kind === 'breached';
        this.settle(a, { kind: 'failed' }, String(status));
        // A breached attempt already counted as a failure when its budget passed.
        if (breached)
            return void response.body.destroy();
        this.failWith(a.ups, `${status} ${external_node_http_.STATUS_CODES[status] ?? ''}`.trim());
        // The upstream's own words (its text/plain error body, which go would show) complete it.
        const index = this.reasons.length - 1;
        this.readReason(response, 512, (text) => {
            const said = text.trim().split('\n')[0]?.slice(0, 200);
            if (said)
                this.reasons[index] = `${this.reasons[index]}: ${said}`;
        });
    }
    onError(a, error) {
        if (!this.inFlight(a))
            return;
        a.ups.answering[this.scope.health] = false;
        this.record(a, { kind: 'error', ms: this.ctx.now() - a.started, reason: describeNetworkError(error) });
        if (a.state.kind !== 'breached')
            this.failWith(a.ups, describeNetworkError(error));
        this.settle(a, { kind: 'failed' }, 'error');
        this.pump();
    }
    /** Asks the planner what to do until it says wait, or the race is over. */
    pump() {
        while (!this.finished) {
            const action = nextRouteAction({ ...this.plan, attempts: this.attempts, keep: this.answering() });
            switch (action.kind) {
                case 'try':
                    this.start(action.upstream, action.hedge);
                    continue;
                case 'keep':
                    this.start(action.upstream, false, true);
                    continue;
                case 'wait':
                    return;
                case 'serve': {
                    const a = this.attempts[action.attempt];
                    if (a.hedge)
                        a.ups.hedgesWon++;
                    if (a.late)
                        a.ups.lateWins++;
                    return this.finish({
                        kind: 'winner',
                        winner: a.ups,
                        response: a.response,
                        degraded: this.reasons.length > 0,
                    });
                }
                case 'not-found':
                    if (this.reads > 0)
                        return;
                    return this.finish({
                        kind: 'answer',
                        status: this.notFound?.status ?? 404,
                        text: this.notFound?.text ?? `not found: ${this.requestPath}: no upstream proxy\n`,
                        degraded: false,
                    });
                case 'fail':
                    if (this.reads > 0)
                        return;
                    return this.finish({
                        kind: 'answer',
                        status: 502,
                        text: `go-module-warden relay: ${this.requestPath}: no upstream could serve it (budget ${this.budget} ms per request): ${this.reasons.join('; ')}\n`,
                        degraded: true,
                    });
            }
        }
    }
}

;// CONCATENATED MODULE: ./.build/goproxy/stall-timer.js

/**
 * Fires `onStall` once no `touch()` came for `ms` while running. One timer per body, re-armed
 * only when it fires early, rather than a clearTimeout and setTimeout for every chunk.
 */
class StallTimer {
    ms;
    onStall;
    clock;
    last = 0;
    timer;
    constructor(ms, onStall, clock = systemClock) {
        this.ms = ms;
        this.onStall = onStall;
        this.clock = clock;
    }
    /** Bytes came: the stall clock starts again (and runs, if paused). */
    touch() {
        this.last = this.clock.now();
        if (!this.timer)
            this.arm(this.ms);
    }
    /** We are waiting on our side (backpressure), not on the upstream: the clock stops. */
    pause() {
        this.clock.clearTimeout(this.timer);
        this.timer = undefined;
    }
    stop() {
        this.pause();
    }
    arm(ms) {
        this.timer = this.clock.setTimeout(() => {
            const idle = this.clock.now() - this.last;
            if (idle >= this.ms) {
                this.timer = undefined;
                this.onStall();
            }
            else
                this.arm(this.ms - idle);
        }, ms);
    }
}

;// CONCATENATED MODULE: ./.build/goproxy/relay-stream.js

/** Settles on how an upstream body ends: complete, or cut off (an error, a close before its end). */
function watchBodyEnd(body, settle) {
    const complete = () => body.complete;
    body.on('end', () => settle(complete() === false ? 'truncated' : 'complete'));
    body.on('error', () => settle('truncated'));
    body.on('close', () => settle(complete() === true ? 'complete' : 'truncated'));
}
/**
 * Streams an upstream body to `go` with backpressure, never holding more than a chunk or two.
 * The stall clock runs only while we wait on the upstream (not while `go` is slow to read); a
 * stall or a body that ends early destroys `go`'s connection, so `go` sees a failed download
 * rather than a short file.
 */
function pipeBody(body, res, stallTimeoutMs, onBytes, 
/** A longer body is cut off (go's limit for what it reads). */
maxBytes = Infinity, clock) {
    return new Promise((resolve) => {
        let settled = false;
        const stall = new StallTimer(stallTimeoutMs, () => settle('stalled'), clock);
        const settle = (outcome) => {
            if (settled)
                return;
            settled = true;
            stall.stop();
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
        let size = 0;
        const onData = (chunk) => {
            onBytes(chunk.length);
            size += chunk.length;
            if (size > maxBytes)
                return settle('too-large');
            if (!res.write(chunk)) {
                body.pause();
                stall.pause();
            }
            else
                stall.touch();
        };
        const onDrain = () => {
            if (settled)
                return;
            stall.touch();
            body.resume();
        };
        body.on('data', onData);
        res.on('drain', onDrain);
        watchBodyEnd(body, settle);
        res.on('close', () => {
            if (!settled && !res.writableFinished)
                settle('client-gone');
        });
        if (res.destroyed)
            settle('client-gone');
        else
            stall.touch();
    });
}
/**
 * Reads an upstream body whole, for a caller in this process (the checksum client): the same
 * stall clock and size cap as pipeBody, and `signal` stands for the reader going away.
 */
function collectBody(body, stallTimeoutMs, onBytes, maxBytes, signal, clock) {
    return new Promise((resolve) => {
        const chunks = [];
        let size = 0;
        let settled = false;
        const stall = new StallTimer(stallTimeoutMs, () => settle('stalled'), clock);
        const settle = (outcome) => {
            if (settled)
                return;
            settled = true;
            stall.stop();
            signal.removeEventListener('abort', onAbort);
            if (outcome !== 'complete')
                body.destroy();
            resolve({ outcome, data: outcome === 'complete' ? Buffer.concat(chunks, size) : Buffer.alloc(0) });
        };
        const onAbort = () => settle('client-gone');
        body.on('data', (chunk) => {
            onBytes(chunk.length);
            size += chunk.length;
            if (size > maxBytes)
                return settle('too-large');
            chunks.push(chunk);
            stall.touch();
        });
        watchBodyEnd(body, settle);
        if (signal.aborted)
            return settle('client-gone');
        signal.addEventListener('abort', onAbort, { once: true });
        stall.touch();
    });
}

;// CONCATENATED MODULE: ./.build/goproxy/spool.js



/**
 * Reads an upstream body to its end and keeps it whole, never holding more than `memoryLimit`
 * bytes in memory. The stall clock runs only while we wait on the upstream, not while our disk is
 * slow. Anything short of a complete body removes what was written and says why.
 */
function spoolBody(body, options) {
    return new Promise((resolve) => {
        const chunks = [];
        let size = 0;
        let claimed = 0;
        const unclaim = () => {
            if (claimed > 0)
                options.unclaim?.(claimed);
            claimed = 0;
        };
        let out;
        let file = '';
        let settled = false;
        const stall = new StallTimer(options.stallTimeoutMs, () => settle({ kind: 'stalled' }), options.clock);
        const settle = (outcome) => {
            if (settled)
                return;
            settled = true;
            stall.stop();
            options.signal.removeEventListener('abort', onAbort);
            body.removeListener('data', onData);
            if (outcome.kind === 'complete')
                return resolve(outcome);
            unclaim();
            body.destroy();
            if (!out)
                return resolve(outcome);
            out.destroy();
            external_node_fs_.rm(file, { force: true }, () => resolve(outcome));
        };
        const onAbort = () => settle({ kind: 'aborted' });
        const onData = (chunk) => {
            size += chunk.length;
            options.onBytes(chunk.length);
            if (size > options.maxBytes)
                return settle({ kind: 'too-large' });
            stall.touch();
            if (!out && size <= options.memoryLimit && (options.claim?.(chunk.length) ?? true)) {
                claimed += chunk.length;
                return void chunks.push(chunk);
            }
            if (!out) {
                // Bytes written to the file are no longer held (the write stream's buffer is bounded).
                unclaim();
                try {
                    file = options.file();
                }
                catch (error) {
                    return settle({ kind: 'disk-error', message: error.message });
                }
                out = external_node_fs_.createWriteStream(file);
                out.on('error', (error) => settle({ kind: 'disk-error', message: error.message }));
                for (const held of chunks.splice(0))
                    out.write(held);
            }
            if (out.write(chunk))
                return;
            // Our disk is behind: stop reading (and the stall clock) until it drains.
            stall.pause();
            body.pause();
            out.once('drain', () => {
                if (settled)
                    return;
                stall.touch();
                body.resume();
            });
        };
        const onEnd = () => {
            if (body.complete === false)
                return settle({ kind: 'truncated' });
            stall.stop();
            if (!out)
                return settle({ kind: 'complete', body: { kind: 'memory', data: Buffer.concat(chunks, size) } });
            out.end(() => {
                if (!settled)
                    settle({ kind: 'complete', body: { kind: 'file', file, size } });
            });
        };
        if (options.signal.aborted)
            return settle({ kind: 'aborted' });
        options.signal.addEventListener('abort', onAbort);
        body.on('data', onData);
        body.on('end', onEnd);
        body.on('error', () => settle({ kind: 'truncated' }));
        body.on('close', () => {
            if (!body.readableEnded)
                settle({ kind: 'truncated' });
        });
        stall.touch();
    });
}
/** Sends a held body to `go` as a 200 and reports how far it got (the file stays; see dropHeld). */
async function sendHeld(held, res, contentType, stallTimeoutMs, clock) {
    const size = held.kind === 'memory' ? held.data.length : held.size;
    if (res.destroyed)
        return 'client-gone';
    res.writeHead(200, { 'Content-Type': contentType, 'Content-Length': String(size) });
    if (held.kind === 'memory') {
        return new Promise((resolve) => {
            res.on('close', () => resolve(res.writableFinished ? 'complete' : 'client-gone'));
            res.end(held.data);
        });
    }
    let sent = 0;
    const outcome = await pipeBody(external_node_fs_.createReadStream(held.file), res, stallTimeoutMs, (n) => (sent += n), Infinity, clock);
    // `go` may close as soon as it has Content-Length bytes, before our file stream says 'end'.
    return outcome === 'client-gone' && sent === size ? 'complete' : outcome;
}
/** Frees what a held body takes (its file, if any). */
async function dropHeld(held) {
    if (held.kind === 'file')
        await external_node_fs_.promises.rm(held.file, { force: true });
}

;// CONCATENATED MODULE: ./.build/goproxy/timeline.js

/**
 * A per-file timeline of priming, for the bench only: off unless GMW_TIMELINE names a file, where
 * one JSON line per event (`t` in ms since the process started) is appended when the process ends.
 * Costs one branch per event when off.
 */
const file = process.env.GMW_TIMELINE;
const lines = [];
if (file)
    process.once('exit', () => external_node_fs_.appendFileSync(file, lines.join('')));
function timelineMark(module, version, kind, event) {
    if (!file)
        return;
    lines.push(JSON.stringify({ t: Math.round(performance.now() * 10) / 10, module, version, kind, event }) + '\n');
}
/** Whether marks are recorded (callers skip building extra closures when not). */
const timelineOn = file !== undefined;

;// CONCATENATED MODULE: ./.build/goproxy/fetch-whole.js





/**
 * Gets one module file (.info, .mod, .zip) whole before `go` sees a byte of it, so a body that
 * fails part-way (reset, cut off, stalled, over go's size limit) or does not hash to go.sum can
 * still move on to the next upstream: nothing was sent to `go` yet. A failed body counts against
 * its upstream's breaker; with `,` and no next-proxy it ends the request as any error would
 * (modfetch.TryProxies). Altered bytes always move on, and are never handed to `go`.
 */
async function fetchWhole(ctx, request, flight, signal, onWinner = () => { }) {
    const attempts = { tried: new Set(), reasons: [], degraded: false, altered: false };
    for (;;) {
        flight.phase = 'headers';
        const result = await routeRequest(ctx.route, flight, (0,module_escape/* proxyRequestPath */.TY)(request), signal, {
            health: 'module',
            exclude: attempts.tried,
            // Health is judged on the small files; a zip's first byte may come late (see RouteScope).
            timed: request.kind !== 'zip',
        });
        if (result.kind === 'answer')
            return fetch_whole_answered(request, attempts, result);
        onWinner(result.winner);
        attempts.degraded ||= result.degraded;
        const whole = await takeBody(ctx, request, flight, signal, result, attempts);
        if (whole)
            return whole;
    }
}
/** The request's error once no upstream could serve it whole (or served altered bytes). */
function failed(request, attempts) {
    const why = attempts.altered ? 'bytes served do not match go.sum' : 'no upstream could serve it whole';
    return {
        kind: 'error',
        status: 502,
        text: `go-module-warden relay: ${(0,module_escape/* proxyRequestPath */.TY)(request)}: ${why}: ${attempts.reasons.join('; ')}\n`,
        degraded: true,
    };
}
/** The route answered itself (not found, an error, client gone): after a failed body, that fails. */
function fetch_whole_answered(request, attempts, result) {
    if (attempts.reasons.length > 0 && result.status !== 499) {
        if (result.status !== 404 && result.status !== 410)
            attempts.reasons.push(result.text.trim());
        return failed(request, attempts);
    }
    const notFound = result.status === 404 || result.status === 410;
    return notFound
        ? { kind: 'not-found', status: result.status, text: result.text }
        : { kind: 'error', status: result.status, text: result.text, degraded: result.degraded };
}
/**
 * Reads the winner's body whole and checks it: the request's outcome, or undefined to try the
 * next upstream (the failure is in `attempts`).
 */
async function takeBody(ctx, request, flight, signal, { winner, response }, attempts) {
    flight.phase = 'body';
    flight.waitingOn = [winner.upstream.name];
    const stall = ctx.route.stallTimeoutMs;
    let first = true;
    const outcome = await spoolBody(response.body, ctx.store.spoolOptions(request.kind, stall, signal, (n) => {
        if (first && timelineOn)
            timelineMark(request.module, request.version, request.kind, 'first-byte');
        first = false;
        ctx.accounts.bytes(winner, n);
    }, ctx.route.clock));
    timelineMark(request.module, request.version, request.kind, 'last-byte');
    const ms = ctx.route.now() - flight.since;
    if (outcome.kind === 'aborted')
        return { kind: 'error', status: 499, text: 'client gone\n', degraded: false };
    if (outcome.kind === 'disk-error')
        return {
            kind: 'error',
            status: 502,
            text: `relay could not keep the body: ${outcome.message}\n`,
            degraded: attempts.degraded,
        };
    if (outcome.kind !== 'complete') {
        ctx.accounts.bodyFailed(winner, outcome.kind, ms);
        const why = outcome.kind === 'stalled'
            ? `body stalled for ${stall} ms`
            : outcome.kind === 'too-large'
                ? `body larger than go's limit for a .${request.kind}`
                : 'body ended early';
        attempts.tried.add(winner);
        attempts.reasons.push(`${winner.upstream.name}: ${why}`);
        ctx.route.logger.info(ctx.route.redact(`${request.module}@${request.version} .${request.kind}: ${attempts.reasons.at(-1)}`));
        return !ctx.route.nextProxy && !winner.upstream.fallBackOnError ? failed(request, attempts) : undefined;
    }
    const verdict = await checkHeld(outcome.body, request, ctx.hashes);
    timelineMark(request.module, request.version, request.kind, 'hashed');
    if (verdict.kind !== 'mismatch') {
        if (verdict.kind === 'matches' && verdict.zip)
            ctx.proven.set(request, verdict.zip);
        const contentType = response.contentType ?? 'application/octet-stream';
        return { kind: 'body', winner, contentType, held: outcome.body, degraded: attempts.degraded };
    }
    await ctx.store.release(outcome.body);
    refuseAltered(ctx, request, winner, verdict.got, ms, attempts);
    return undefined;
}
/** Bytes that do not hash to go.sum: counted against the upstream, logged, never handed to `go`. */
function refuseAltered(ctx, request, winner, got, ms, attempts) {
    const expected = expectedHash(ctx.hashes, request);
    const kind = request.kind;
    ctx.accounts.altered(winner, { module: request.module, version: request.version, kind, expected, got }, ms);
    attempts.altered = true;
    attempts.tried.add(winner);
    attempts.reasons.push(`${winner.upstream.name}: SECURITY: .${request.kind} hashes to ${got}, go.sum says ${expected}`);
    ctx.route.logger.error(ctx.route.redact(`${request.module}@${request.version}: ${attempts.reasons.at(-1)}; not handed to go`));
}

;// CONCATENATED MODULE: ./.build/goproxy/held-store.js






/** A body up to this size waits in memory; a bigger one in a file. */
const MEMORY_LIMIT = 256 * 1024;
/**
 * Held bytes in memory, counted as they arrive (never from Content-Length): a chunk that would pass
 * this goes to the body's file instead, with the rest of that body.
 */
const HELD_MEMORY_BUDGET = 64 * 1024 * 1024;
/** go's limits (modzip MaxZipFile, modfetch/codehost MaxGoMod); .info and lists get go.mod's. */
const MAX_FILE_BYTES = { zip: zip_reader/* MAX_ZIP */.l4, mod: 16 << 20, info: 16 << 20, other: 16 << 20 };
/**
 * Where whole bodies wait between the upstream and `go`: small ones in memory while the budget
 * lasts, the others in files of one per-relay directory, removed once served or dropped.
 */
class HeldStore {
    options;
    dir;
    files = 0;
    inMemory = 0;
    highWater = 0;
    constructor(options) {
        this.options = options;
    }
    /** How spoolBody keeps one body of this kind. */
    spoolOptions(kind, stallTimeoutMs, signal, onBytes, clock) {
        return {
            clock,
            stallTimeoutMs,
            memoryLimit: MEMORY_LIMIT,
            claim: (n) => this.claim(n),
            unclaim: (n) => (this.inMemory -= n),
            file: () => {
                this.dir ??= external_node_fs_.mkdtempSync(external_node_path_.join(this.options.parent ?? external_node_os_.tmpdir(), 'gmw-relay-'));
                return external_node_path_.join(this.dir, `${++this.files}.${kind}`);
            },
            maxBytes: MAX_FILE_BYTES[kind],
            signal,
            onBytes,
        };
    }
    /** Counts `n` more bytes of a body in memory, unless that would pass the budget. */
    claim(n) {
        if (this.inMemory + n > this.budget)
            return false;
        this.inMemory += n;
        this.highWater = Math.max(this.highWater, this.inMemory);
        return true;
    }
    get budget() {
        return this.options.memoryBudget ?? HELD_MEMORY_BUDGET;
    }
    /** What bodies hold in memory (a complete body's bytes count until released). */
    held() {
        return { now: this.inMemory, highWater: this.highWater, budget: this.budget };
    }
    /** Frees a held body once served, refused or never claimed. */
    async release(held) {
        if (held.kind === 'memory')
            this.inMemory -= held.data.length;
        await dropHeld(held);
    }
    async close() {
        if (this.dir)
            await promises_.rm(this.dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./.build/goproxy/prefetch-width.js
/**
 * How many files the relay fetches ahead at once, adapted to the link: each round (as many
 * landed files as the width) measures the throughput (bytes per second of wall time). A step
 * wider is kept while throughput rises by more than RISE and undone when it does not; a
 * throughput that falls backs off by one. A flat link holds, then probes (narrower, then wider)
 * after PROBE_AFTER flat rounds, keeping a narrower width that costs nothing. So a saturated link
 * drifts to the narrowest width that fills it (our own downloads then do not inflate every
 * upstream's time to headers), and a latency-bound one widens.
 */
class PrefetchWidth {
    options;
    width;
    roundStart;
    roundBytes = 0;
    roundFiles = 0;
    lastRate;
    lastMove = 'hold';
    flatRounds = 0;
    probeUp = true;
    /** The widths taken, in order (for the report; the first MAX_HISTORY). */
    history;
    constructor(options) {
        this.options = options;
        this.width = clamp(options.start, options.min, options.max);
        this.roundStart = options.now();
        this.history = [this.width];
    }
    get current() {
        return this.width;
    }
    /** One file landed (or failed) with this many body bytes. */
    landed(bytes) {
        this.roundBytes += bytes;
        this.roundFiles++;
        if (this.roundFiles < this.width)
            return;
        const now = this.options.now();
        const rate = (this.roundBytes * 1000) / Math.max(1, now - this.roundStart);
        this.roundStart = now;
        this.roundBytes = 0;
        this.roundFiles = 0;
        this.adapt(rate);
    }
    adapt(rate) {
        const last = this.lastRate;
        this.lastRate = rate;
        const rose = last === undefined || rate > last * (1 + RISE);
        const fell = last !== undefined && rate < last * (1 - RISE);
        // A step up that did not pay is undone; a step down that cost throughput is undone.
        if (this.lastMove === 'up')
            return this.move(rose ? 'up' : 'down', !rose);
        if (this.lastMove === 'down')
            return fell ? this.move('up', true) : this.hold();
        if (rose)
            return this.move('up');
        if (fell)
            return this.move('down');
        if (++this.flatRounds < PROBE_AFTER)
            return this.hold();
        // Flat for a while: probe, alternately narrower (same throughput with less queueing) and wider.
        this.probeUp = !this.probeUp;
        this.move(this.probeUp ? 'up' : 'down');
    }
    hold() {
        this.lastMove = 'hold';
    }
    /** One step; `undo` steps back from a probe, and holds there. */
    move(direction, undo = false) {
        this.flatRounds = 0;
        const next = clamp(this.width + (direction === 'up' ? 1 : -1), this.options.min, this.options.max);
        this.lastMove = next === this.width || undo ? 'hold' : direction;
        if (next !== this.width && this.history.length < MAX_HISTORY)
            this.history.push(next);
        this.width = next;
    }
}
/** A change of throughput smaller than this is noise. */
const RISE = 0.1;
/** Widths kept for the report, at most. */
const MAX_HISTORY = 200;
/** Flat rounds before probing one step wider again. */
const PROBE_AFTER = 3;
function clamp(n, min, max) {
    return Math.min(max, Math.max(min, n));
}

;// CONCATENATED MODULE: ./.build/goproxy/relay-handler.js








function isModuleFile(request) {
    return request.kind === 'mod' || request.kind === 'info' || request.kind === 'zip';
}
/**
 * The module path a request would reveal to an upstream, when it is private: GONOPROXY for module
 * requests, GONOSUMDB for checksum database lookups. `go` never sends these to the relay; a
 * request for one is refused without asking anyone (a second line of defence).
 */
function privatePath(deps, request) {
    if (request.kind !== 'sumdb')
        return (0,prefix_patterns/* matchPrefixPatterns */.J8)(deps.noProxy, request.module) ? request.module : undefined;
    const lookup = /^lookup\/(.+)@[^@]*$/.exec(request.rest);
    const module = lookup ? (0,module_escape/* unescapeModulePath */.ql)(lookup[1]) : undefined;
    return module !== undefined && (0,prefix_patterns/* matchPrefixPatterns */.J8)(deps.noSumDb, module) ? module : undefined;
}
/**
 * Why the relay answers a request without routing it (status and text), or undefined: not a GET,
 * not a module proxy path, a private module, or the relay closing.
 */
function refusal(deps, method, request, rawPath) {
    if (method !== 'GET')
        return { status: 405, text: 'method not allowed\n' };
    if (!request)
        return { status: 404, text: `not found: ${rawPath} is not a module proxy request\n` };
    const secret = privatePath(deps, request);
    if (secret !== undefined)
        return {
            status: 403,
            text: `forbidden: ${secret} is private (GONOPROXY/GONOSUMDB); the relay never sends it upstream\n`,
        };
    if (deps.state.closed)
        return { status: 503, text: 'relay closed\n' };
    return undefined;
}
/** Answers one request of `go` (its path with the door's prefix taken off). */
async function handleRequest(deps, req, res, rawPath) {
    const { accounts, route } = deps;
    const request = (0,module_escape/* parseProxyRequest */.HL)(rawPath);
    // Redacted when read (requestLog), not on every request.
    const entry = deps.state.logRequest(rawPath, request);
    const answer = (status, text) => {
        entry.status = status;
        if (res.headersSent || res.destroyed)
            return;
        const body = Buffer.from(route.redact(text), 'utf8');
        res.writeHead(status, {
            'Content-Type': 'text/plain; charset=utf-8',
            'Content-Length': String(body.length),
        });
        res.end(body);
    };
    const refused = refusal(deps, req.method, request, rawPath);
    if (refused || !request)
        return answer(refused?.status ?? 404, refused?.text ?? '');
    const controller = new AbortController();
    const untrack = deps.state.track(() => controller.abort());
    res.on('close', () => {
        if (!res.writableFinished)
            controller.abort();
    });
    const flight = accounts.beginFlight(request, route.now());
    try {
        if (!isModuleFile(request))
            return await serveStreamed(deps, flight, res, entry, answer, controller.signal);
        timelineMark(request.module, request.version, request.kind, 'asked');
        let whole;
        const claim = deps.state.prefetcher?.claim(request);
        if (claim?.kind === 'prefetched') {
            flight.joined = claim.flight;
            whole = await claim.result;
            flight.joined = undefined;
            if (!whole && deps.state.closed)
                return answer(503, 'relay closed\n');
        }
        whole ??= await fetchWhole(deps, request, flight, controller.signal);
        accounts.headersAnswered(route.now() - flight.since);
        if (whole.kind === 'not-found')
            return answer(whole.status, whole.text);
        if (whole.degraded)
            accounts.fallback();
        if (whole.kind === 'error') {
            if (whole.status >= 500)
                accounts.failed(flight, whole.status, whole.text);
            return answer(whole.status, whole.text);
        }
        entry.status = 200;
        entry.upstream = whole.winner.upstream.name;
        flight.phase = 'body';
        try {
            timelineMark(request.module, request.version, request.kind, 'handed');
            const outcome = await sendHeld(whole.held, res, whole.contentType, route.stallTimeoutMs, route.clock);
            timelineMark(request.module, request.version, request.kind, 'go-done');
            if (outcome === 'complete')
                accounts.served(flight, whole.winner);
        }
        finally {
            await deps.store.release(whole.held);
        }
    }
    finally {
        untrack();
        accounts.endFlight(flight);
    }
}
/** Which breaker speaks for a request: the checksum database paths have their own. */
function healthOf(request) {
    return request.kind === 'sumdb' ? 'sumdb' : 'module';
}
/**
 * Routes a list, @latest or checksum database path now, and counts its headers phase: the part
 * of streaming it that does not depend on who reads the body (`go` over HTTP, or the checksum
 * client in this process).
 */
async function routeStreamable(deps, flight, entry, signal) {
    const { accounts, route } = deps;
    // The relay's own direct route fetches module files only: lists, @latest and /sumdb/ go to the
    // proxies of the request's route (proxy-routes) and, when they truly fail, to go's own `|direct`.
    const states = route.statesFor?.(flight.request) ?? route.states;
    const result = await routeRequest(route, flight, (0,module_escape/* proxyRequestPath */.TY)(flight.request), signal, {
        health: healthOf(flight.request),
        routes: states.filter((s) => !s.upstream.source),
    });
    accounts.headersAnswered(route.now() - flight.since);
    if (result.degraded)
        accounts.fallback();
    if (result.kind === 'answer') {
        if (result.status >= 500)
            accounts.failed(flight, result.status, result.text);
        return result;
    }
    entry.status = 200;
    entry.upstream = result.winner.upstream.name;
    flight.phase = 'body';
    flight.waitingOn = [result.winner.upstream.name];
    return result;
}
/** What went wrong with a body, in words: "stalled for 30000 ms", "ended early", "passed 16 MiB". */
function bodyFailure(outcome, stallTimeoutMs, maxBytes) {
    if (outcome === 'stalled')
        return `stalled for ${stallTimeoutMs} ms`;
    if (outcome === 'truncated')
        return 'ended early';
    return maxBytes % (1 << 20) === 0 ? `passed ${maxBytes / (1 << 20)} MiB` : `passed ${maxBytes} bytes`;
}
/**
 * A streamed body that failed part-way: an error of the upstream that sent it (on the breaker of
 * its kind), and a warning saying who sees the failure. Returns the failure in words.
 */
function streamedBodyFailed(deps, flight, winner, outcome, maxBytes, reader) {
    const { accounts, route } = deps;
    accounts.bodyFailed(winner, outcome, route.now() - flight.since, healthOf(flight.request));
    const what = `the body from ${winner.upstream.name} ${bodyFailure(outcome, route.stallTimeoutMs, maxBytes)}`;
    route.logger.warn(route.redact(`${(0,module_escape/* proxyRequestPath */.TY)(flight.request)}: ${what}; ${reader} sees a failed download`));
    return what;
}
/**
 * Lists, @latest and checksum database paths: routed now and streamed to `go` with backpressure,
 * capped at 16 MiB like every file go reads from a proxy but a zip.
 */
async function serveStreamed(deps, flight, res, entry, answer, signal) {
    const result = await routeStreamable(deps, flight, entry, signal);
    if (result.kind === 'answer')
        return answer(result.status, result.text);
    const { winner, response } = result;
    const headers = {
        'Content-Type': response.contentType ?? 'application/octet-stream',
    };
    if (response.contentLength !== undefined)
        headers['Content-Length'] = response.contentLength;
    res.writeHead(200, headers);
    const outcome = await pipeBody(response.body, res, deps.route.stallTimeoutMs, (n) => deps.accounts.bytes(winner, n), MAX_FILE_BYTES.other, deps.route.clock);
    if (outcome === 'complete' || outcome === 'client-gone')
        return;
    streamedBodyFailed(deps, flight, winner, outcome, MAX_FILE_BYTES.other, 'go');
}

;// CONCATENATED MODULE: ./.build/goproxy/relay-state.js
/** One request's line in the relay's log, filled in as the request goes. */
class LoggedRequest {
    path;
    request;
    prefetch;
    inProcess;
    status = 0;
    upstream;
    constructor(path, request, prefetch, inProcess) {
        this.path = path;
        this.request = request;
        this.prefetch = prefetch;
        this.inProcess = inProcess;
    }
}
/**
 * What the relay's request handlers share and change: the request log, the aborts of the
 * requests in flight, whether it is closing, and the prefetcher once there is one.
 */
class RelayState {
    entries = [];
    aborts = new Set();
    isClosed = false;
    current;
    get closed() {
        return this.isClosed;
    }
    get prefetcher() {
        return this.current;
    }
    /** The prefetcher, made on first use. */
    prefetcherOr(make) {
        this.current ??= make();
        return this.current;
    }
    /** Starts a log line for a request (of `go`, a prefetch, or the checksum client in this process). */
    logRequest(path, request, by) {
        const entry = new LoggedRequest(path, request, by === 'prefetch' ? true : undefined, by === 'in-process' ? true : undefined);
        this.entries.push(entry);
        return entry;
    }
    get log() {
        return this.entries;
    }
    /** Tracks a request in flight until the returned function is called; close() aborts it. */
    track(abort) {
        this.aborts.add(abort);
        return () => this.aborts.delete(abort);
    }
    /** No new request is routed from now on. */
    close() {
        this.isClosed = true;
    }
    /** Aborts every request in flight. */
    abortAll() {
        for (const abort of this.aborts)
            abort();
    }
}

;// CONCATENATED MODULE: ./.build/goproxy/relay-in-process.js




/**
 * Answers a checksum database path for the checksum client in this process, through the very
 * routing `go`'s requests take (budget, hedging, the upstreams' `sumdb` breakers, the accounts),
 * without the loopback HTTP round trip: on a cold run the client's few hundred lookups and tiles
 * cost the relay's event loop, which also serves `go`, a request and a response each otherwise.
 * Rejects with the signal's reason once `signal` aborts, as fetch does.
 */
async function answerInProcess(deps, requestPath, maxBytes, signal) {
    // routeRequest hears of an abort, not of a signal aborted before it starts.
    signal.throwIfAborted();
    const { route } = deps;
    const request = (0,module_escape/* parseProxyRequest */.HL)(requestPath);
    const entry = deps.state.logRequest(requestPath, request, 'in-process');
    const text = (status, words) => {
        entry.status = status;
        return {
            status,
            statusText: external_node_http_.STATUS_CODES[status] ?? '',
            contentType: 'text/plain; charset=utf-8',
            body: Buffer.from(route.redact(words), 'utf8'),
        };
    };
    // Only the checksum database's paths: module files are held and checked (fetchWhole) for `go`.
    const refused = request && request.kind !== 'sumdb'
        ? { status: 404, text: `not found: ${requestPath} is not a checksum database path\n` }
        : refusal(deps, 'GET', request, requestPath);
    if (refused || !request)
        return text(refused?.status ?? 404, refused?.text ?? '');
    const controller = new AbortController();
    const untrack = deps.state.track(() => controller.abort());
    const both = AbortSignal.any([signal, controller.signal]);
    const flight = deps.accounts.beginFlight(request, route.now());
    try {
        const result = await routeStreamable(deps, flight, entry, both);
        if (both.aborted) {
            // A winner that came as the caller gave up (or the relay closed): drop its connection.
            if (result.kind === 'winner')
                result.response.body.destroy();
            signal.throwIfAborted();
            // The relay closed under it (its own 499 'client gone' says nothing to the client).
            return text(503, 'relay closed\n');
        }
        if (result.kind === 'answer')
            return text(result.status, result.text);
        const { winner, response } = result;
        const { outcome, data } = await collectBody(response.body, route.stallTimeoutMs, (n) => deps.accounts.bytes(winner, n), maxBytes, both, route.clock);
        signal.throwIfAborted();
        if (outcome === 'client-gone')
            return text(503, 'relay closed\n');
        if (outcome !== 'complete') {
            const what = streamedBodyFailed(deps, flight, winner, outcome, maxBytes, 'the checksum client');
            return text(502, `go-module-warden relay: ${requestPath}: ${what}\n`);
        }
        return {
            status: 200,
            statusText: 'OK',
            contentType: response.contentType ?? 'application/octet-stream',
            body: data,
        };
    }
    finally {
        untrack();
        deps.accounts.endFlight(flight);
    }
}

;// CONCATENATED MODULE: ./.build/goproxy/relay-server.js


/**
 * Listens on 127.0.0.1 (random port) behind an unguessable per-run path prefix: any local process
 * can reach the port, but only the `go` we start knows the prefix, so nobody else can make the
 * relay fetch with the user's credentials. Anything outside the prefix gets 403 and reaches no
 * upstream. `handle` gets the request path with the prefix taken off.
 */
async function listenRelay(handle, onError) {
    const token = (0,external_node_crypto_.randomBytes)(18).toString('base64url');
    const prefix = `/${token}/`;
    const sockets = new Set();
    const server = external_node_http_.createServer((req, res) => {
        const raw = (req.url ?? '/').split('?')[0];
        if (!raw.startsWith(prefix)) {
            res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close' });
            res.end('forbidden: not this relay run\n');
            return;
        }
        handle(req, res, raw.slice(prefix.length - 1)).catch((error) => {
            onError(error);
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
    return {
        url: `http://127.0.0.1:${server.address().port}/${token}`,
        close: () => new Promise((resolve) => {
            server.close(() => resolve());
            server.closeAllConnections();
            for (const socket of sockets)
                socket.destroy();
        }),
    };
}

;// CONCATENATED MODULE: ./.build/goproxy/start-probe.js

/** The default probe: any GOPROXY answers it quickly (200 or 404); only the time to headers counts. */
const DEFAULT_PROBE_PATH = '/sumdb/sum.golang.org/supported';
/**
 * One request per upstream at start-up, so that a hanging upstream is known before `go` waits on
 * it. No headers within the budget, or no connection, opens every breaker of the upstream (the
 * host is out). A 5xx opens only the breaker of the probed kind: a proxy that fails /sumdb/ may
 * still serve modules well. Any other answer seeds that breaker with its time to headers.
 */
function probeUpstream(state, probePath, budgetMs, agents, clock, closed) {
    const kind = probePath.startsWith('/sumdb/') ? 'sumdb' : 'module';
    state.probe = 'pending';
    const openAll = (reason) => {
        state.probe = reason.replace(/^start-up probe: /, '');
        for (const breaker of Object.values(state.breakers))
            breaker.open(reason);
    };
    const call = callUpstream(state.upstream, probePath, agents);
    const started = clock.now();
    const timer = clock.setTimeout(() => {
        call.abort();
        openAll(`start-up probe: no response headers within ${budgetMs} ms`);
    }, budgetMs);
    call.response.then((response) => {
        clock.clearTimeout(timer);
        response.body.resume();
        response.body.on('error', () => { });
        state.probe = `answered ${response.status} in ${Math.round(clock.now() - started)} ms`;
        if (response.status >= 500)
            state.breakers[kind].open(`start-up probe ${probePath}: answered ${response.status}`);
        else
            state.breakers[kind].record('normal', { kind: 'answered', ms: clock.now() - started });
    }, (error) => {
        clock.clearTimeout(timer);
        if (closed())
            return;
        openAll(`start-up probe: ${error instanceof Error ? error.message : String(error)}`);
    });
    return {
        abort() {
            clock.clearTimeout(timer);
            call.abort();
        },
    };
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
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
        let login = safeDecode(url.username);
        let password = safeDecode(url.password);
        url.username = '';
        url.password = '';
        const base = url.href.replace(/\/+$/, '');
        if (url.protocol === 'file:') {
            upstreams.push({
                index: upstreams.length,
                url: base,
                name: `file:${(0,external_node_url_.fileURLToPath)(url)}`,
                fallBackOnError: spec.fallBackOnError,
                authorization: undefined,
                directory: (0,external_node_url_.fileURLToPath)(url),
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
function safeDecode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
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























/**
 * Where fetching ahead starts, and its bounds: it adapts to the link (prefetch-width.ts), enough
 * to hide an upstream's latency from `go` (GOMAXPROCS files at a time) without saturating a thin
 * link with our own downloads.
 */
const DEFAULT_PREFETCH_CONCURRENCY = 4;
const PREFETCH_WIDTH = { min: 2, max: 16 };
/** Unclaimed prefetched bytes on disk: fetching ahead pauses above this. */
const PREFETCH_MAX_HELD_BYTES = 1024 * 1024 * 1024;
/**
 * The GOPROXY value for the child `go`: the relay, then `|direct` when direct fetches are an
 * allowed fallback (so any relay error sends `go` to the VCS), else the relay alone (so `go`
 * fails with the relay's one-line reason).
 */
function childGoproxy(relayUrl, fallback) {
    return fallback.includes('direct') ? `${relayUrl}|direct` : relayUrl;
}
/**
 * Starts the loopback relay on 127.0.0.1 (random port, per-run path prefix). Each GET from `go`
 * is routed to the upstreams with per-request deadlines, hedging and circuit breakers (see
 * relay-route.ts); module files are held whole and checked against go.sum before `go` gets them
 * (fetch-whole.ts), lists and checksum database paths are streamed (relay-handler.ts).
 */
async function startRelay(options) {
    const clock = clockFrom(options.now, options.clock);
    const now = () => clock.now();
    const { prepared, routed, proxies, direct, upstreams, egress, secrets } = relayUpstreams(options);
    const redact = (text) => redactSecrets(text, secrets);
    const logger = options.logger;
    const breakerOptions = { ...DEFAULT_BREAKER_OPTIONS, ...options.breaker };
    const accounts = new RelayAccounts(upstreams, options.latencyBudgetMs, breakerOptions, now, transitionLogger(logger, redact, breakerOptions));
    const agents = createAgents(egress, options.clientCerts?.length ? new ClientCerts(options.clientCerts, now) : undefined);
    const paths = options.routes?.length
        ? planPathRoutes(options.routes, options.upstreams, accounts.states, [prepared.upstreams.length, ...routed.map((r) => r.upstreams.length)], direct ? accounts.states[proxies.length] : undefined)
        : undefined;
    const nextProxy = options.fallback.includes('next-proxy');
    const route = {
        states: accounts.states,
        latencyBudgetMs: options.latencyBudgetMs,
        stallTimeoutMs: options.stallTimeoutMs,
        nextProxy,
        agents,
        clock,
        now,
        logger,
        redact,
        zipBudgets: new ZipBudgets(),
        ...(paths ? { statesFor: (request) => paths.statesFor(request) } : {}),
    };
    const deps = {
        route,
        accounts,
        store: new HeldStore({ parent: options.spoolDir, memoryBudget: options.prefetchMemoryBytes }),
        hashes: expectedHashes(options.goSum ?? []),
        proven: new ProvenZips(),
        state: new RelayState(),
        noProxy: options.noProxy ?? [],
        noSumDb: options.noSumDb ?? [],
    };
    const server = await listenRelay((req, res, requestPath) => handleRequest(deps, req, res, requestPath), (error) => logger.error(redact(`relay: ${error instanceof Error ? error.message : String(error)}`)));
    const via = paths?.describe() ?? (upstreams.map((u) => u.name).join(', ') || '(no upstream)');
    logger.info(redact(`relay on ${new URL(server.url).origin} → ${via}; budget ${options.latencyBudgetMs} ms per request${nextProxy && upstreams.length > 1 ? ', hedging to the next upstream' : ''}${egress.httpsProxy || egress.httpProxy ? `; egress proxy ${[egress.httpsProxy?.host, egress.httpProxy?.host].filter(Boolean).join(', ')} (NO_PROXY: ${egress.noProxy || 'none'})` : ''}`));
    const probes = options.probe === false
        ? []
        : accounts.states
            .filter((ups) => !ups.upstream.source)
            .map((ups) => probeUpstream(ups, options.probe || DEFAULT_PROBE_PATH, options.latencyBudgetMs, agents, clock, () => deps.state.closed));
    return relayHandle({ options, deps, server, probes, direct, agents, paths, secrets, upstreams, nextProxy });
}
/** The relay's upstreams: the default list's, each proxy-routes rule's, then its own direct route. */
function relayUpstreams(options) {
    const prepared = prepareUpstreams(options.upstreams, options.netrc);
    // proxy-routes: each rule's upstreams are its own states, after the default list's.
    const routed = (options.routes ?? []).map((r) => prepareUpstreams(r.list, options.netrc));
    const proxies = [...prepared.upstreams, ...routed.flatMap((r) => r.upstreams)];
    const direct = options.direct && options.fallback.includes('direct') ? new DirectFetcher(options.direct) : undefined;
    // The relay's own direct route comes last; a route takes it only when its list ends in `direct`.
    const upstreams = direct ? [...proxies, directUpstream(proxies.length, direct)] : proxies;
    const egress = egressProxyFromEnv(options.env ?? process.env);
    const secrets = [
        ...new Set([...prepared.secrets, ...routed.flatMap((r) => r.secrets), ...egressSecrets(egress)]),
    ];
    return { prepared, routed, proxies, direct, upstreams, egress, secrets };
}
/** Logs each circuit breaker's change of state (with when an open one is tried again). */
function transitionLogger(logger, redact, breakerOptions) {
    return (state, kind, t) => {
        const line = `${state.upstream.name}${kind === 'sumdb' ? ' (checksum database paths)' : ''}: circuit ${t.from} → ${t.to}: ${t.reason}`;
        logger.info(redact(t.to === 'open' ? `${line}; will retry in ${+(breakerOptions.coolDownMs / 1000).toFixed(1)} s` : line));
    };
}
/** The Relay a started relay is used through: its report, log, prefetch and close. */
function relayHandle(started) {
    const { options, deps, paths, secrets } = started;
    const { accounts, state, store } = deps;
    const redact = deps.route.redact;
    // Every string inside a plain value, one by one (so JSON escaping never hides a secret).
    const redactValue = (value) => JSON.parse(JSON.stringify(value), (_key, v) => (typeof v === 'string' ? redact(v) : v));
    let prefetchReport;
    async function endPrefetch() {
        if (!state.prefetcher || prefetchReport)
            return prefetchReport;
        prefetchReport = await state.prefetcher.stop();
        return prefetchReport;
    }
    return {
        url: started.server.url,
        // The relay's own direct route serves module files only, never what names these (the database).
        upstreamNames: started.upstreams.filter((u) => !u.source).map((u) => u.name),
        async close() {
            state.close();
            await endPrefetch();
            for (const p of started.probes)
                p.abort();
            state.abortAll();
            await started.direct?.close();
            await started.server.close();
            destroyHttpAgents(started.agents);
            await store.close();
        },
        report: () => {
            const prefetch = prefetchReport ?? state.prefetcher?.report();
            const report = accounts.report(options.stallTimeoutMs, started.nextProxy);
            return redactValue({
                ...report,
                ...(paths
                    ? {
                        upstreams: report.upstreams.map((u, i) => ({ ...u, route: paths.labelOf(accounts.states[i]) })),
                        routes: paths.report(state.log),
                    }
                    : {}),
                ...(prefetch ? { prefetch } : {}),
            });
        },
        routeOf: (modulePath, version) => accounts.routeOf(modulePath, version),
        provenZip: (modulePath, version) => deps.proven.get(modulePath, version),
        pending: () => redactValue(accounts.pending()),
        secrets: () => [...secrets],
        requestLog: () => state.log.map((e) => ({
            ...e,
            path: redact(e.path),
            ...(paths && e.request ? { route: paths.planFor(e.request).label } : {}),
        })),
        getInProcess: (requestPath, maxBytes, signal) => answerInProcess(deps, requestPath, maxBytes, signal),
        prefetch: (requests) => startPrefetch(deps, options, requests),
        endPrefetch,
        held: () => store.held(),
    };
}
/** Starts fetching `requests` ahead of `go` (the prefetcher is made on first use). */
function startPrefetch(deps, options, requests) {
    const { state, store } = deps;
    if (state.closed || requests.length === 0)
        return;
    const now = deps.route.now;
    const fixed = options.prefetchConcurrency;
    const concurrency = fixed ?? DEFAULT_PREFETCH_CONCURRENCY;
    const prefetcher = state.prefetcherOr(() => new Prefetcher(prefetchOneOf(deps), {
        concurrency,
        ...(fixed === undefined
            ? { width: new PrefetchWidth({ ...PREFETCH_WIDTH, start: concurrency, now }) }
            : {}),
        maxHeldBytes: PREFETCH_MAX_HELD_BYTES,
        now,
        drop: (held) => store.release(held),
    }));
    prefetcher.start(requests);
    deps.route.logger.info(`fetching ${requests.length} files ahead of go (from go.sum, ${fixed === undefined ? `${concurrency} at a time to start, adapting to the link` : `${concurrency} at a time`})`);
}
/** Fetches one file ahead of `go` through the same path as `go`'s own requests, and keeps it. */
function prefetchOneOf(deps) {
    const { logger, redact } = deps.route;
    return async (request, flight, signal) => {
        const entry = deps.state.logRequest((0,module_escape/* proxyRequestPath */.TY)(request), request, 'prefetch');
        const whole = await fetchWhole(deps, request, flight, signal, (winner) => (entry.upstream = winner.upstream.name));
        entry.status = whole.kind === 'body' ? 200 : whole.status;
        if (whole.kind !== 'error')
            return whole;
        // Anything but an agreed not-found, `go` asks again itself.
        if (whole.status !== 499)
            logger.info(redact(`prefetch of ${describeRequest(request)}: ${whole.text.trim()}; go fetches it itself`));
        return undefined;
    };
}
/** The relay's own `direct` route, last in the list: reached after any error of the proxies (`|direct`). */
function directUpstream(index, source) {
    return {
        index,
        url: 'direct',
        name: 'direct',
        fallBackOnError: true,
        authorization: undefined,
        directory: undefined,
        source,
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
    refuseInsecureOrigins(config.proxyClientCerts, input.goInsecure ?? '');
    const lists = [settings.proxy, ...config.proxyRoutes.map((r) => r.list)];
    if (!lists.some((list) => list.some((spec) => spec.kind === 'url'))) {
        input.logger.info(`GOPROXY=${formatProxyList(settings.proxy)}: no proxy to relay, go fetches as configured`);
        return {
            relay: undefined,
            goproxy: formatProxyList(settings.proxy),
            sumdbProxies: settings.proxy,
            prefetch: [],
        };
    }
    const goAuth = parseGoAuth(settings.goAuth);
    for (const method of goAuth.unsupported)
        input.logger.warn(`GOAUTH method '${method.split(/\s+/)[0]}' is not run by the relay: upstreams get no credentials from it (use netrc, or credentials in the proxy URL)`);
    // A route ending in `off` says: never from the origin; go's own `|direct` cannot tell routes apart.
    const endsInOff = lists.some((list) => list.some((spec) => spec.kind === 'off'));
    const fallback = config.fallback.filter((f) => !(f === 'direct' && endsInOff));
    // A route that is `direct` alone (no proxy URL) needs go's own `|direct` whatever `fallback` says.
    if (!endsInOff && !fallback.includes('direct') && lists.some((list) => list[0]?.kind === 'direct'))
        fallback.push('direct');
    const relay = await startRelay({
        upstreams: settings.proxy,
        latencyBudgetMs: config.latencyBudgetMs,
        stallTimeoutMs: config.stallTimeoutMs,
        fallback,
        // Only what cmd/go would send: GOAUTH's netrc method, https upstreams, no `default`.
        netrc: netrcForUpstreams(goAuth, await readNetrc(input.env), lists.flat().flatMap((spec) => (spec.kind === 'url' ? [spec.url] : []))),
        routes: config.proxyRoutes,
        clientCerts: config.proxyClientCerts,
        env: input.env,
        logger: input.logger,
        spoolDir: input.tempDir,
        // Every .zip and .mod go.sum names is checked before go gets it.
        goSum: input.goSum,
        // A second line of defence: go never sends these to a proxy (both lists hold GOPRIVATE).
        noProxy: settings.noProxy,
        noSumDb: settings.noSumDb,
        // The origin raced by the relay in a child go: the job's git credentials and private rules
        // unchanged, a scratch module cache under the run's temp dir (buildChildEnv's GOMODCACHE is
        // replaced by the fetcher).
        direct: {
            env: buildChildEnv(input.env, settings, 'direct'),
            scratchParent: input.tempDir,
        },
    });
    for (const secret of relay.secrets())
        input.onSecret(secret);
    // go's own error messages carry the relay URL; its token is masked like a credential.
    input.onSecret(new URL(relay.url).pathname.slice(1));
    const goproxy = childGoproxy(relay.url, fallback);
    // The relay announced itself and its upstreams; this says only what go is pointed at, without
    // the per-run path token (the relay's door key).
    input.logger.info(`go uses GOPROXY=${goproxy.split(relay.url).join(`${new URL(relay.url).origin}/<token>`)}`);
    const sumdbProxies = [
        { kind: 'url', url: relay.url, fallBackOnError: fallback.includes('direct') },
    ];
    if (fallback.includes('direct'))
        sumdbProxies.push({ kind: 'direct' });
    const plan = { relay, goproxy, sumdbProxies, prefetch: [] };
    return input.filesInCache ? withPrefetch(config, settings, plan, input.goSum, input.filesInCache) : plan;
}
/** The plan with the files the relay fetches ahead of `go`: those go.sum names and the cache lacks. */
function withPrefetch(config, settings, plan, goSum, filesInCache) {
    if (!config.prefetch || !plan.relay)
        return plan;
    const prefetch = planPrefetch({
        goSum,
        // Never ahead of `go` for a module it keeps from a proxy or from the checksum database
        // (both lists already hold the GOPRIVATE globs: see resolveSettings).
        neverProxied: [...settings.noProxy, ...settings.noSumDb],
        inCache: filesInCache,
    });
    return { ...plan, prefetch };
}
/** The netrc `go` would read (cmd/go auth netrcPath: $NETRC, else ~/.netrc). */
async function readNetrc(env) {
    const file = env.NETRC || external_node_path_.join(env.HOME || external_node_os_.homedir(), '.netrc');
    try {
        return await promises_.readFile(file, 'utf8');
    }
    catch {
        return undefined;
    }
}
/** Closes the relay (when one ran) and turns what it saw into findings. */
async function closeRelay(plan) {
    if (!plan?.relay)
        return undefined;
    const proxy = plan.relay.report();
    await plan.relay.close();
    return { proxy, findings: slowUpstreamWarnings(proxy) };
}
/**
 * An upstream whose circuit opened is the incident this tool exists for: the run got past it, and
 * the status line says so as a warning, so a slow proxy is noticed before it is down.
 */
function slowUpstreamWarnings(report) {
    return report.upstreams
        .filter((u) => u.lateWins || u.kept || u.breaker.transitions.some((t) => t.to === 'open'))
        .map((u) => {
        if (u.lateWins || u.kept)
            return slowButKept(u, report.latencyBudgetMs);
        const opened = u.breaker.transitions.find((t) => t.to === 'open');
        const timeouts = u.outcomes.timeout ?? 0;
        return {
            kind: 'infrastructure',
            severity: 'warning',
            area: 'proxy',
            message: `upstream ${u.name} breached the ${(0,duration/* formatDuration */.a)(report.latencyBudgetMs)} budget or failed (${(0,_build_plural/* plural */.L)(timeouts, 'timeout')}, circuit opened: ${opened?.reason ?? 'unknown'}); its requests went to the next fallback`,
        };
    });
}
/**
 * An upstream that breached its budget and still served answers no faster route gave (late wins,
 * or requests sent past its open circuit): the breaker never closes the last working route, and
 * the summary says so in one line.
 */
function slowButKept(u, budgetMs) {
    const seconds = (ms) => `${+(ms / 1000).toFixed(1)} s`;
    const served = (u.lateWins ?? 0) + (u.kept ?? 0);
    return {
        kind: 'infrastructure',
        severity: 'warning',
        area: 'proxy',
        message: `${u.name} slow (p95 ${seconds(u.latency.p95Ms)} > ${seconds(budgetMs)} budget); kept: no faster route answered (${(0,_build_plural/* plural */.L)(served, 'request')} served past the budget)`,
    };
}
/**
 * The relay step: starts the relay (or not) for this run's settings and go.sum, before the cache
 * is restored, so that the checksum step can begin as soon as the restore's files are written
 * (withPrefetch plans the fetches ahead once the cache is known).
 */
function relayStep(ctx, env, goSum) {
    const { config, io } = ctx;
    return planRelay({
        config,
        settings: env.settings,
        env: io.env,
        tempDir: io.runner.tempDir,
        logger: io.logger,
        onSecret: (secret) => io.redactor.add(secret),
        goSum,
        goInsecure: env.goEnv.GOINSECURE,
    });
}

;// CONCATENATED MODULE: ./.build/cache/cached-lines.js







/**
 * The go.sum lines `go mod download` would compute for the build list's module versions that
 * go.sum does not name (graph-only modules: a tidy go.sum leaves their lines out), hashed from
 * the files in the module cache. A warm run that skipped priming has no download to take them
 * from, yet those files came from a restored cache: the checksum step verifies these lines
 * against the database as it does a cold run's downloaded lines, so a file altered in the cache
 * is a mismatch and an unaltered one is proven (and kept in the next cache entry).
 * Mirrors what cmd/go/internal/modfetch checkMod and checkGoMod hash: the zip's h1, the go.mod's.
 */
async function linesFromCache(gomodcache, modules, goSum) {
    const named = new Set(goSum.filter((l) => l.hash.startsWith('h1:')).map((l) => `${l.path} ${l.version}`));
    const targets = modules.flatMap((m) => {
        const target = m.main ? undefined : (0,build_list/* effectiveModule */.S)(m);
        return target ? [target] : [];
    });
    const lines = await (0,_build_concurrency/* mapLimit */.sf)(targets, 2, async ({ path, version }) => {
        let base;
        try {
            base = (0,module_path/* moduleCachePaths */.n)(gomodcache, { path, version }).base;
        }
        catch {
            // A path or version the cache cannot hold has no files there: no line, so never proven.
            return [];
        }
        const file = `${base.slice(gomodcache.length + 1)} (module cache, not in go.sum)`;
        const found = [];
        if (!named.has(`${path} ${version}/go.mod`)) {
            const mod = await (0,files/* readIfExists */.O)(`${base}.mod`).catch(() => undefined);
            if (mod)
                found.push({ path, version: `${version}/go.mod`, hash: (0,dirhash/* hashGoMod */.hK)(mod), file, line: 0 });
        }
        if (!named.has(`${path} ${version}`) && (await cached_lines_exists(`${base}.zip`))) {
            // An unreadable zip gets no line: the module stays unproven (and out of the next entry).
            const hash = await (0,zip_file_digest/* hashZipFile */.SD)(`${base}.zip`).catch(() => undefined);
            if (hash)
                found.push({ path, version, hash, file, line: 0 });
        }
        return found;
    });
    return lines.flat();
}
async function cached_lines_exists(file) {
    return promises_.stat(file).then((s) => s.isFile(), () => false);
}

;// CONCATENATED MODULE: ./.build/sumdb/mismatch-blame.js
const mismatch_blame_key = (m, kind) => `${m.module}@${m.version} ${kind}`;
/**
 * go.sum and the bytes disagree: the checksum database is asked which side is wrong (as `go`
 * itself trusts it for lines go.sum lacks). The database agrees with the bytes: go.sum was edited
 * (a hand edit, a bad merge). It agrees with go.sum: the upstream's bytes are wrong. Either way
 * the mismatch stays a security finding; only the blame and the fix differ. Without an answer
 * (GOSUMDB off, a private module, the database unreachable) the relay's wording stands.
 */
async function blameMismatches(mismatches, lookup) {
    const blames = new Map();
    for (const m of mismatches) {
        const version = m.kind === 'mod' ? `${m.version}/go.mod` : m.version;
        const lines = await lookup(m.module, version).catch(() => undefined);
        const recorded = lines
            ?.map((line) => line.split(' '))
            .find(([p, v, h]) => p === m.module && v === version && h?.startsWith('h1:'))?.[2];
        if (!recorded)
            continue;
        const what = `${m.module} ${version}`;
        if (recorded === m.got && recorded !== m.expected)
            blames.set(mismatch_blame_key(m, m.kind), `checksum mismatch: the go.sum line for ${what} differs from the checksum database; the proxy's bytes match the database (go.sum ${m.expected}, database and upstream ${m.upstream} ${recorded}): go.sum was edited locally or by a bad merge and the upstream is not at fault; delete that line and run 'go mod tidy', which takes it from the database`);
        else if (recorded === m.expected)
            blames.set(mismatch_blame_key(m, m.kind), `checksum mismatch: upstream ${m.upstream} served a .${m.kind} that does not match go.sum (go.sum ${m.expected}, served ${m.got}) for ${what}; the checksum database agrees with go.sum, so the bytes differ from both go.sum and the checksum database: tampering or corruption upstream; the relay did not hand it to go`);
        else
            blames.set(mismatch_blame_key(m, m.kind), `checksum mismatch: for ${what}, go.sum (${m.expected}), the checksum database (${recorded}) and upstream ${m.upstream} (${m.got}) all differ; go.sum was edited and the upstream's bytes are wrong too; the relay did not hand them to go`);
    }
    return blames;
}
/** The relay's mismatch findings, worded by the blame; every other finding as it was. */
function withBlame(verdict, blames) {
    if (blames.size === 0)
        return verdict;
    const findings = verdict.findings.map((f) => {
        if (f.kind !== 'security' ||
            f.area !== 'checksum' ||
            !f.message.startsWith('checksum mismatch: upstream'))
            return f;
        const kind = /served a \.(zip|mod) /.exec(f.message)?.[1];
        const message = kind ? blames.get(mismatch_blame_key(f, kind)) : undefined;
        return message ? { ...f, message } : f;
    });
    return { ...verdict, findings };
}

;// CONCATENATED MODULE: ./.build/go/bounded-runner.js
/**
 * Holds every `go` command to the run's one deadline (what is left of it, never a fresh timeout)
 * and to its cancellation, so no command outlives the run.
 */
function boundedRunner(run, bounds) {
    return (args, options) => run(args, {
        ...options,
        timeoutMs: Math.min(options.timeoutMs ?? Infinity, bounds.deadline.remainingMs()),
        signal: options.signal ?? bounds.signal,
    });
}

;// CONCATENATED MODULE: ./.build/steps/step-context.js


/**
 * The IO every step gets: `go` held to one deadline for the whole run, fixed now (each command
 * gets what is left of `timeout`, never a fresh one), and to the run's cancellation.
 */
function withRunBounds(io, timeoutMs) {
    // The edge may have fixed it already: the cache backend holds its calls to the same one.
    const deadline = io.deadline ?? new Deadline(timeoutMs, io.now);
    return { ...io, deadline, runGo: boundedRunner(io.runGo, { deadline, signal: io.signal }) };
}

;// CONCATENATED MODULE: ./.build/diff/gate.js

/**
 * `gate: changed` with a diff: license findings of modules the pull request neither adds nor
 * updates only warn. Every other finding (checksums above all) is returned as it is; without a
 * diff, or with `gate: all`, nothing changes.
 */
function applyGate(config, diff, modules, findings) {
    if (!diff || config.artifacts.gate !== 'changed')
        return [...findings];
    const touched = new Set([...diff.added.map((a) => a.path), ...diff.updated.map((u) => u.path)]);
    for (const m of modules) {
        const fetched = (0,build_list/* effectiveModule */.S)(m);
        if (fetched && touched.has(fetched.path))
            touched.add(m.path);
    }
    return findings.map((f) => f.area === 'license' &&
        f.kind !== 'security' &&
        f.module &&
        !touched.has(f.module) &&
        f.severity !== 'warning'
        ? {
            ...f,
            severity: 'warning',
            message: `${f.message} (not introduced by this pull request; gate: changed)`,
        }
        : f);
}

;// CONCATENATED MODULE: ./.build/goproxy/relay-findings.js
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
/**
 * The relay's verdicts as findings: every body that did not hash to go.sum is a security finding
 * naming its upstream (tampering or corruption: it fails the run, warn-only or not, even when
 * another upstream then served the right bytes). And go's own checksum mismatch for a module that
 * came through the relay gets the upstream it came by.
 */
function relayFindings(report, findings) {
    const routes = new Map(report.modules.map((m) => [`${m.path}@${m.version}`, m.upstream]));
    const facts = report.security ?? [];
    const tampered = new Set(facts.map((s) => `${s.module}@${s.version}`));
    const altered = facts.map((s) => ({
        kind: 'security',
        area: 'checksum',
        module: s.module,
        version: s.version,
        message: `checksum mismatch: upstream ${s.upstream} served a .${s.kind} that does not match go.sum (go.sum ${s.expected}, served ${s.got}): tampering or corruption; the relay did not hand it to go`,
    }));
    const others = findings
        // The download that then failed is explained by the tampering.
        .filter((f) => !(f.kind !== 'security' && f.area === 'proxy' && tampered.has(`${f.module}@${f.version}`)))
        .map((f) => {
        const upstream = f.module && f.version ? routes.get(`${f.module}@${f.version}`) : undefined;
        if (f.kind !== 'security' || !upstream || f.message.includes(upstream))
            return f;
        return { ...f, message: `${f.message} (served by upstream ${upstream})` };
    });
    return [...altered, ...others];
}

// EXTERNAL MODULE: ./.build/report/outcome.js
var outcome = __webpack_require__(777);
;// CONCATENATED MODULE: ./.build/report/finish.js




/** Orders the findings and decides pass, warn or fail: the only caller of sortFindings and decideStatus. */
function settle(findings, warnOnly) {
    const sorted = (0,outcome/* sortFindings */.Tc)(once(findings), warnOnly);
    return { findings: sorted, status: (0,outcome/* decideStatus */.x7)(sorted, warnOnly) };
}
/** Each finding once: two steps that met the same failure (priming, then the build list) say it alike. */
function once(findings) {
    const seen = new Set();
    return findings.filter((f) => {
        const key = JSON.stringify([f.kind, f.severity, f.area, f.module, f.version, f.message, f.file, f.line]);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/**
 * The run's verdict: the relay's reasons and security facts joined to the steps' findings (those
 * come first), then `gate: changed` applied, then settled. The gate applies before anything is
 * counted, so a finding the gate softens never fails the cache save.
 */
function finishFindings(config, run) {
    const { relay } = run;
    const joined = relay
        ? [...relayFindings(relay.proxy, withRelayReasons(run.steps, relay.proxy.failures)), ...relay.findings]
        : run.steps;
    return settle(applyGate(config, run.diff, run.modules, joined), config.warnOnly);
}
/** Why the run may save no cache (its errors, counted after the gate), or undefined when it passed or warned. */
function failureOf(verdict, warnOnly) {
    if (verdict.status !== 'failed')
        return undefined;
    const errors = verdict.findings.filter((f) => !(0,outcome/* isWarning */.Vv)(f, warnOnly)).length;
    return `the run found ${(0,_build_plural/* plural */.L)(errors, 'problem')}`;
}
/** Findings made after the report (the CLI's save, the report file) settled with the others. */
function withLateFindings(report, late) {
    if (late.length === 0)
        return report;
    const verdict = settle([...report.findings, ...late], report.warnOnly);
    return { ...report, ...verdict, ...(report.cancelled ? { status: 'failed' } : {}) };
}
/**
 * A run stopped by SIGINT/SIGTERM: the report keeps what the finished steps found, says
 * `cancelled: true`, fails (the finding naming the signal is an error), and names the signal once.
 */
function markCancelled(report, by) {
    const named = report.findings.some((f) => f.message.startsWith(`cancelled by ${by}`));
    const finding = {
        kind: 'infrastructure',
        area: 'go',
        message: `cancelled by ${by}: go was stopped; the report covers only the steps that finished`,
    };
    const verdict = settle(named ? report.findings : [finding, ...report.findings], report.warnOnly);
    return { ...report, ...verdict, status: 'failed', cancelled: true };
}

// EXTERNAL MODULE: ./.build/diff/diff-step.js + 4 modules
var diff_step = __webpack_require__(994);
;// CONCATENATED MODULE: ./.build/steps/diff.js

/** The pull request's diff: after licenses, before the report; `gate` is applied there. */
function diffStep(ctx, env, childEnv, buildList, licenses) {
    const { config, io } = ctx;
    return (0,diff_step/* pullRequestDiff */.I)({
        config,
        cwd: ctx.cwd,
        env: io.env,
        job: { eventName: io.runner.event?.name, baseSha: io.runner.event?.baseSha, baseRef: io.runner.baseRef },
        childEnv,
        runGo: io.runGo,
        logger: io.logger,
        goSumFiles: env.project.goSumCandidates,
        modules: buildList.modules,
        licenses,
    });
}

;// CONCATENATED MODULE: ./.build/vendor/vendor-tree.js


/** Every file under `dir`, as `/`-separated paths relative to it, sorted. */
async function filesUnder(dir) {
    const entries = await promises_.readdir(dir, { recursive: true, withFileTypes: true });
    return entries
        .filter((e) => !e.isDirectory())
        .map((e) => external_node_path_.relative(dir, external_node_path_.join(e.parentPath, e.name)).split(external_node_path_.sep).join('/'))
        .sort();
}
/**
 * The modules vendor/modules.txt lists (`# path version` or `# path version => …`), longest path
 * first, so a vendored file's module is the first whose path prefixes it (cmd/go modload's
 * vendor.go reads the same lines).
 */
function vendoredModules(modulesTxt) {
    const modules = [];
    for (const line of modulesTxt.split('\n')) {
        const match = /^# (\S+) (\S+)/.exec(line);
        if (match && match[2] !== '=>')
            modules.push({ path: match[1], version: match[2] });
    }
    return modules.sort((a, b) => b.path.length - a.path.length);
}
/** The module a vendored file belongs to (`github.com/a/b/c.go` → `github.com/a/b`). */
function moduleOfFile(file, modules) {
    return modules.find((m) => file.startsWith(`${m.path}/`));
}

;// CONCATENATED MODULE: ./.build/vendor/vendor-check.js





/** How many differing files are named one by one; the rest are counted. */
const NAMED = 20;
/**
 * vendor/ against what `go mod vendor` writes from the verified module cache: `go mod vendor -o`
 * (cmd/go modcmd/vendor.go) rebuilds the tree from the modules' extracted zips, which the cache
 * step checked against go.sum, and every file and vendor/modules.txt must match it byte for byte.
 * `go mod verify` never looks at vendor/, and `-mod=vendor` builds trust it as it is.
 */
async function checkVendor(runGo, options) {
    const fresh = await promises_.mkdtemp(external_node_path_.join(options.scratch, 'warden-vendor-'));
    try {
        const result = await runGo(['mod', 'vendor', '-o', fresh], {
            cwd: options.dir,
            // No -mod flags for `go mod vendor`; GOPROXY=off: only what the primed, verified cache holds.
            env: { ...options.env, GOFLAGS: '', GOPROXY: 'off' },
            timeoutMs: options.timeoutMs,
            signal: options.signal,
        });
        if (result.code !== 0)
            return {
                files: 0,
                findings: [
                    {
                        kind: 'infrastructure',
                        area: 'go',
                        message: `vendor/ was not checked: 'go mod vendor' could not rebuild it from the module cache:\n${result.stderr.trim().split('\n').slice(-6).join('\n')}`,
                    },
                ],
            };
        return await compareTrees(external_node_path_.join(options.dir, 'vendor'), fresh);
    }
    finally {
        await promises_.rm(fresh, { recursive: true, force: true });
    }
}
async function compareTrees(vendor, fresh) {
    const findings = [];
    const want = await promises_.readFile(external_node_path_.join(fresh, 'modules.txt'), 'utf8');
    const have = await (0,files/* readIfExists */.O)(external_node_path_.join(vendor, 'modules.txt'));
    if (have?.toString('utf8') !== want) {
        const first = firstDifference(have?.toString('utf8') ?? '', want);
        findings.push({
            kind: 'config',
            area: 'go',
            file: 'vendor/modules.txt',
            message: `vendor/modules.txt is not what 'go mod vendor' writes for go.mod (${first}); run 'go mod vendor' and commit vendor/`,
        });
    }
    const modules = vendoredModules(want);
    const [ours, theirs] = await Promise.all([filesUnder(vendor), filesUnder(fresh)]);
    const fresher = new Set(theirs);
    const differing = [];
    for (const file of ours) {
        if (file === 'modules.txt')
            continue;
        if (!fresher.has(file))
            differing.push({ file, why: 'is in no module zip (added to vendor/)' });
        else if (!(await sameBytes(external_node_path_.join(vendor, file), external_node_path_.join(fresh, file))))
            differing.push({ file, why: "differs from the module's verified zip" });
    }
    const present = new Set(ours);
    for (const file of theirs)
        if (!present.has(file))
            differing.push({ file, why: 'is missing from vendor/ (go mod vendor writes it)' });
    for (const { file, why } of differing.slice(0, NAMED)) {
        const module = moduleOfFile(file, modules);
        // The module is named in the text, not as the finding's subject: no proxy served these bytes,
        // and a subject would have the relay's findings credit one with them.
        findings.push({
            kind: 'security',
            area: 'checksum',
            file: `vendor/${file}`,
            message: `vendor/${file}${module ? ` (${module.path}@${module.version})` : ''} ${why}; a -mod=vendor build compiles it as it is. Run 'go mod vendor' to restore vendor/ from the verified modules, and review the change`,
        });
    }
    if (differing.length > NAMED)
        findings.push({
            kind: 'security',
            area: 'checksum',
            message: `${(0,_build_plural/* plural */.L)(differing.length - NAMED, 'more vendored file differs', 'more vendored files differ')} from the verified modules; run 'go mod vendor'`,
        });
    return { findings, files: ours.length };
}
async function sameBytes(a, b) {
    const [x, y] = await Promise.all([promises_.readFile(a), promises_.readFile(b)]);
    return x.equals(y);
}
/** `line 4: "# a v1" where go writes "# a v2"`: the first line that differs. */
function firstDifference(have, want) {
    const a = have.split('\n');
    const b = want.split('\n');
    for (let i = 0; i < Math.max(a.length, b.length); i++)
        if (a[i] !== b[i])
            return `line ${i + 1}: ${JSON.stringify(a[i] ?? '')} where go writes ${JSON.stringify(b[i] ?? '')}`;
    return 'the same lines';
}

;// CONCATENATED MODULE: ./.build/steps/vendor.js




/**
 * With vendor/ in a module, its files and modules.txt against what `go mod vendor` writes from
 * the verified module cache. go.sum is put back as committed afterwards.
 */
async function vendorStep(ctx, env, childEnv) {
    if (!env.project.vendor || env.project.mode !== 'module')
        return [];
    const { io } = ctx;
    const guard = await GoSumGuard.snapshot(env.project.goSumCandidates);
    try {
        const checked = await io.logger.group('Vendored files (against go mod vendor from the verified cache)', () => checkVendor(io.runGo, {
            dir: external_node_path_.dirname(env.project.goModFiles[0]),
            env: childEnv,
            signal: io.signal,
            scratch: io.runner.tempDir,
        }));
        const bad = checked.findings.filter((f) => f.kind === 'security').length;
        io.logger.info(`vendor/: ${(0,_build_plural/* plural */.L)(checked.files, 'file')} compared, ${bad === 0 ? 'all as go mod vendor writes them' : `${(0,_build_plural/* plural */.L)(bad, 'finding')}`}`);
        return checked.findings;
    }
    finally {
        await guard.restore();
    }
}

// EXTERNAL MODULE: ./.build/licenses/classifier-version.js
var classifier_version = __webpack_require__(5419);
;// CONCATENATED MODULE: ./.build/steps/memo.js




/**
 * This run's license reads, by zip h1: those done during priming (LicensePrefetch) for the license
 * step. Never loaded from the cache entry: verdicts are re-derived from the proven zips each run.
 */
function loadLicenseReads(goSum) {
    return LicenseReads.create(goSum);
}
function licenseThreshold(ctx) {
    return (0,license_policy/* licensePolicyFromConfig */.y)(ctx.config).confidence;
}
/**
 * Writes what the next run may reuse into the module cache, before the save lists its files: the
 * build list (and removes the license verdicts an older version stored there). A failure only costs the next run
 * the work: it is logged, never a finding.
 */
async function storeMemo(ctx, env, reads, buildList) {
    const { io } = ctx;
    const gomodcache = env.settings.goModCache;
    io.logger.info(`Licenses: ${reads.early} read ahead (as each zip landed, or as the restore proved it), ${reads.classified} read and classified now (classifier ${classifier_version/* CLASSIFIER_VERSION */.f}; no verdict is taken from the cache entry)`);
    if (!ctx.config.cache || !io.cache)
        return;
    try {
        await removeStaleVerdicts(gomodcache);
        if (buildList.memoKey && !buildList.reused)
            await storeBuildList(gomodcache, buildList.memoKey, buildList.modules);
    }
    catch (error) {
        io.logger.debug(`the build list and license reads were not kept for the next run: ${(0,_build_errors/* describeError */.Uc)(error)}`);
    }
}

// EXTERNAL MODULE: ./.build/licenses/classifier.js + 23 modules
var classifier = __webpack_require__(3418);
;// CONCATENATED MODULE: ./.build/steps/license-prefetch.js




/** How often the module cache is looked at for zips that landed. */
const POLL_MS = 200;
/**
 * Reads and classifies each module's license files while `go` primes the cache, as soon as its
 * zip lands in the module cache (go renames a zip into place only after checking it against
 * go.sum: modfetch downloadZip), one module at a time, so the license step after priming only
 * applies the policy. A module whose zip has not landed by `stop()` is read by the license step
 * as before. Reads are keyed by the zip's go.sum h1 (LicenseReads), so a read is used only for
 * the very bytes go.sum names.
 */
class LicensePrefetch {
    gomodcache;
    reads;
    threshold;
    landed;
    pending;
    timer;
    running;
    stopped = false;
    constructor(gomodcache, goSum, reads, threshold, 
    /** Reads each landed zip for the save's proof (its h1), beside the license read. */
    landed) {
        this.gomodcache = gomodcache;
        this.reads = reads;
        this.threshold = threshold;
        this.landed = landed;
        this.pending = goSum
            .filter((l) => !l.version.endsWith('/go.mod') && l.hash.startsWith('h1:'))
            .map((l) => asModule(l.path, l.version))
            .filter((m) => !reads.has(m));
    }
    start() {
        if (this.pending.length > 0)
            this.timer = setTimeout(() => this.tick(), POLL_MS);
        return this;
    }
    /**
     * Stops looking; waits for the read in progress. The zips that landed since the last look are
     * left to the license step to read, but taken for the save's proof now, beside the next steps.
     */
    async stop() {
        this.stopped = true;
        if (this.timer)
            clearTimeout(this.timer);
        await this.running;
        if (!this.landed)
            return;
        for (const module of this.pending) {
            const zip = zipOf(this.gomodcache, module);
            if (zip !== undefined && license_prefetch_exists(zip))
                this.landed.take(zip, module);
        }
    }
    tick() {
        this.running = this.pass().finally(() => {
            if (!this.stopped && this.pending.length > 0)
                this.timer = setTimeout(() => this.tick(), POLL_MS);
        });
    }
    /** Reads every pending module whose zip is there now, one at a time. */
    async pass() {
        for (let i = 0; i < this.pending.length && !this.stopped;) {
            const module = this.pending[i];
            const zip = zipOf(this.gomodcache, module);
            if (zip === undefined) {
                this.pending.splice(i, 1); // a path or version this cache layout cannot name: read later
                continue;
            }
            if (!license_prefetch_exists(zip)) {
                i++;
                continue;
            }
            this.pending.splice(i, 1);
            this.landed?.take(zip, module);
            const read = await (0,evaluate/* readModuleLicenses */.r5)(module, this.threshold, this.gomodcache);
            this.reads.setEarly(module, read);
            // Let the relay's callbacks run between two classifications.
            await new Promise((resolve) => setImmediate(resolve));
        }
    }
}
/**
 * The classifier's first call builds its templates (0.15-0.2 s of CPU now, measured): made here,
 * before go primes the cache through the relay, so that it never blocks the event loop while the
 * relay times go's requests against their latency budget; later calls take milliseconds.
 */
function warmLicenseClassifier() {
    (0,classifier/* classifyLicenseText */.b1)('permission is hereby granted');
}
/**
 * Whether a zip has landed. A plain stat that returns undefined when the file is not there: each
 * look asks for every zip still pending, and a rejected fs.access per missing zip cost about a
 * second of main-thread CPU in a cold run of 150 modules (measured: --cpu-prof), on the thread
 * that serves go.
 */
function license_prefetch_exists(file) {
    return (0,external_node_fs_.statSync)(file, { throwIfNoEntry: false }) !== undefined;
}
function zipOf(gomodcache, module) {
    try {
        return `${(0,module_path/* moduleCachePaths */.n)(gomodcache, module).base}.zip`;
    }
    catch {
        return undefined;
    }
}
/** A go.sum module version as the license reader takes it (no tree, not the main module). */
function asModule(path, version) {
    return {
        path,
        version,
        main: false,
        indirect: false,
        dir: undefined,
        goMod: undefined,
        replace: undefined,
        error: undefined,
    };
}

;// CONCATENATED MODULE: ./.build/cache/landed-digests.js






/** Zips read at once while go primes. */
const AT_ONCE = 2;
/**
 * The `h1:` of each zip `go` placed in the module cache while priming, read from the file on disk
 * as it lands (while the network is the wait), so that the save's proof (checkCacheIntegrity)
 * need not read them all again at the end of the run. A file whose bytes have the SHA-256 of the
 * body the relay proved against go.sum takes the relay's h1 (one plain hash, no inflating);
 * any other is hashed as go does (dirhash.HashZip). A hash is handed to the proof only for a file
 * still as it was when read (size, mtime, inode: the stamps the post step checks too); a zip
 * changed since is read again by the proof, and proves or not.
 */
class LandedZipDigests {
    gomodcache;
    provenByRelay;
    landed = new Map();
    limiter = new _build_concurrency/* Limiter */.jG(AT_ONCE);
    /** Zips proven by the relay's hash of the same bytes, and zips hashed here in full. */
    counts = { sameBytes: 0, hashed: 0 };
    constructor(gomodcache, provenByRelay = () => undefined) {
        this.gomodcache = gomodcache;
        this.provenByRelay = provenByRelay;
    }
    /** Starts reading a zip that just landed (absolute path); a zip taken before is left alone. */
    take(file, module) {
        const name = external_node_path_.relative(this.gomodcache, file).split(external_node_path_.sep).join('/');
        if (this.landed.has(name) || name.startsWith('..'))
            return;
        const read = this.limiter
            .run(async () => {
            const stamp = await stampOf(file);
            const h1 = await this.hashOf(file, module);
            // Changed while it was read: the hash may mix two versions of the file.
            if (!sameStamp(stamp, await stampOf(file)))
                throw new Error(`${name} changed while it was hashed`);
            return { stamp, h1 };
        })
            .catch((error) => (error instanceof Error ? error : new Error(String(error))));
        this.landed.set(name, { file, read });
    }
    async hashOf(file, module) {
        const relay = this.provenByRelay(module.path, module.version);
        if (relay && (await sha256OfFile(file)) === relay.sha256) {
            this.counts.sameBytes++;
            return relay.h1;
        }
        this.counts.hashed++;
        return (0,dirhash/* hash1OfDigests */.ww)(await (0,zip_file_digest/* digestZipFile */.Cl)(file));
    }
    /**
     * The `h1:` of the zips still as they were when read, by name relative to GOMODCACHE (the form
     * checkCacheIntegrity's zipHashes takes), and how many are not handed on: their reading
     * failed, or the file changed or went since, so the proof reads that file itself.
     */
    async unchanged() {
        const hashes = new Map();
        let readAgain = 0;
        for (const [name, { file, read }] of this.landed) {
            const landed = await read;
            const now = await stampOf(file).catch(() => undefined);
            if (landed instanceof Error || !now || !sameStamp(landed.stamp, now))
                readAgain++;
            else
                hashes.set(name, landed.h1);
        }
        return { hashes, readAgain };
    }
}
async function stampOf(file) {
    const st = await promises_.lstat(file);
    if (!st.isFile())
        throw new Error(`${file} is not a regular file`);
    return { size: st.size, mtimeMs: st.mtimeMs, ino: st.ino };
}
function sameStamp(a, b) {
    return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino;
}

;// CONCATENATED MODULE: ./.build/steps/verified-license-reads.js


/**
 * Reads each module's license files as soon as the restore's integrity check has proven its zip
 * against go.sum, one module at a time, while that check still waits on the digest worker for the
 * rest (on syncthing's warm hit, 1.5-2 s for its five big zips, with this thread idle): the
 * license step then only applies the policy to what was read. Only zips whose h1 equals go.sum's
 * are read (status `verified`), and reads are keyed by that h1 (LicenseReads); a module that was
 * not read by `stop()` is read by the license step as before.
 */
class VerifiedLicenseReads {
    gomodcache;
    reads;
    threshold;
    queue = [];
    running;
    stopped = false;
    constructor(gomodcache, reads, threshold) {
        this.gomodcache = gomodcache;
        this.reads = reads;
        this.threshold = threshold;
    }
    /** IntegrityOptions.onChecked: a module version just checked. */
    take = (checked) => {
        if (this.stopped || checked.status !== 'verified' || !checked.zip)
            return;
        this.queue.push(asModule(checked.path, checked.version));
        this.running ??= this.drain();
    };
    /** Stops reading; waits for the read in progress. */
    async stop() {
        this.stopped = true;
        await this.running;
    }
    async drain() {
        for (let module = this.queue.shift(); module && !this.stopped; module = this.queue.shift()) {
            if (!this.reads.has(module))
                this.reads.setEarly(module, await (0,evaluate/* readModuleLicenses */.r5)(module, this.threshold, this.gomodcache));
            // Let the integrity check's callbacks run between two classifications.
            await new Promise((resolve) => setImmediate(resolve));
        }
        this.running = undefined;
    }
}

;// CONCATENATED MODULE: ./.build/pipeline.js


























/**
 * Config → GoEnv → cache restore → relay + `go mod download -json all` → build list → checksums
 * beside licenses → report. Each step takes what the earlier ones returned; a step that throws a
 * WardenError stops the rest, and the report is always produced from what did run, so the summary
 * explains a failed run as well as a good one.
 */
async function runPipeline(config, edgeIo) {
    const io = withRunBounds(edgeIo, config.timeoutMs);
    const ctx = { config, io, cwd: external_node_path_.resolve(config.workingDirectory), startedAt: io.now() };
    let env;
    let cache;
    let plan;
    let primed;
    let buildList;
    let checksums;
    let licenses;
    let stopped;
    let relay;
    let diffed;
    let pendingChecksums;
    let checked;
    let vendored;
    try {
        env = await environmentStep(ctx);
        const goSumGuard = await GoSumGuard.snapshot(env.project.goSumCandidates);
        const goSum = goSumGuard.lines();
        plan = await relayStep(ctx, env, goSum);
        // Lookups start through the relay as soon as the restore's files are in, while they are checked.
        const startChecksums = checksumStarter(ctx, env, goSum, plan, (p) => (pendingChecksums = p));
        const { reads, verifiedReads, restored } = await restoreReadingLicenses(ctx, env, goSum, startChecksums);
        cache = restored;
        const notNeeded = primingNotNeeded(cache.report);
        const filesInCache = await moduleFilesInCache(env.settings.goModCache);
        plan = withPrefetch(config, env.settings, plan, goSum, filesInCache);
        const checksumStep = startChecksums();
        const childEnv = buildChildEnv(io.env, env.settings, plan.goproxy);
        const { early, landed } = notNeeded ? {} : watchArrivals(ctx, env, goSum, reads, { plan, cache });
        primed = await checksumStep.during(primeStep(ctx, childEnv, plan, goSumGuard, notNeeded).finally(() => early?.stop()));
        buildList = await buildListStep(ctx, childEnv, primed, zipsAmong(filesInCache), plan, env, goSum);
        vendored = { findings: await vendorStep(ctx, env, childEnv) };
        // A warm run that skipped priming hashes the graph-only modules go.sum leaves out from the cache.
        const restoredLines = primed.skipped
            ? await linesFromCache(env.settings.goModCache, buildList.modules, goSum)
            : [];
        const verifiable = [...goSum, ...downloadedLines(primed), ...restoredLines];
        (0,cancel/* throwIfCancelled */.dZ)(io.signal);
        await verifiedReads.stop();
        reads.addLines(verifiable);
        ({ checksums, licenses } = await checksumsBesideLicenses(io, checksumStep, {
            modules: buildList.modules,
            goSum: verifiable,
            licenses: licenseStep.bind(undefined, ctx, env, buildList, childEnv, reads),
        }));
        (0,cancel/* throwIfCancelled */.dZ)(io.signal);
        await storeMemo(ctx, env, reads, buildList);
        (0,cancel/* throwIfCancelled */.dZ)(io.signal);
        diffed = await diffStep(ctx, env, childEnv, buildList, licenses);
        // The proofs held while go primed the cache were written during the licenses step.
        await checksumStep.settled();
        checked = { primed, buildList, checksums, licenses, goSum: verifiable, landed };
    }
    catch (error) {
        if (!(error instanceof _build_errors/* WardenError */.Sh))
            throw error;
        io.logger.error((0,_build_errors/* describeError */.Uc)(error));
        stopped = toFinding(error);
    }
    finally {
        await pendingChecksums?.settled();
        relay = await closeRelay(plan);
    }
    const finish = await finisher(config, pendingChecksums, {
        steps: [cache, primed, vendored, checksums, licenses, diffed].flatMap((step) => step?.findings ?? []),
        relay,
        diff: diffed?.diff,
        modules: buildList?.modules ?? [],
    });
    // One verdict, after the gate and the relay's facts: the hand-over reads it, as the report does.
    let verdict = finish(stopped ? [stopped] : []);
    if (cache && checked) {
        try {
            cache = await handOverStep(ctx, cache, { ...checked, failure: failureOf(verdict, config.warnOnly) });
        }
        catch (error) {
            if (!(error instanceof _build_errors/* WardenError */.Sh))
                throw error;
            io.logger.error((0,_build_errors/* describeError */.Uc)(error));
            verdict = finish([toFinding(error)]);
        }
    }
    const facts = {
        ...env,
        download: primed?.download,
        modules: buildList?.modules,
        imported: buildList?.imported,
        arrivals: buildList?.arrivals,
        proxy: relay?.proxy,
        checksums,
        licenses,
        cache: cache?.report,
        diff: diffed?.diff,
    };
    const report = io.redactor.redactValue(buildReport(config, facts, verdict, ctx.cwd, ctx.startedAt, io.now()));
    return { report, goModCache: env?.settings.goModCache };
}
/** Starts the checksum step once, on the first call (handing it to `started`); later calls return it. */
function checksumStarter(ctx, env, goSum, plan, started) {
    let pending;
    return () => {
        if (!pending)
            started((pending = startChecksumStep(ctx, env, goSum, plan)));
        return pending;
    };
}
/**
 * The cache step, with each restored zip's licenses read as soon as its check proves it (while
 * the check waits on the rest; the first read builds the classifier, on this otherwise idle
 * thread). A run that primes stops those reads, and builds the classifier before go starts: it
 * reads each zip as it lands (watchArrivals).
 */
async function restoreReadingLicenses(ctx, env, goSum, onRestored) {
    const reads = loadLicenseReads(goSum);
    const verifiedReads = new VerifiedLicenseReads(env.settings.goModCache, reads, licenseThreshold(ctx));
    const restored = await cacheStep(ctx, env, goSum, { onRestored, onChecked: verifiedReads.take });
    if (!primingNotNeeded(restored.report)) {
        await verifiedReads.stop();
        warmLicenseClassifier();
    }
    return { reads, verifiedReads, restored };
}
/**
 * Makes the verdict: the gate and the relay's facts (finishFindings), then each go.sum mismatch
 * worded by the checksum database's blame (sumdb/mismatch-blame.ts).
 */
async function finisher(config, checksums, run) {
    const security = run.relay?.proxy.security ?? [];
    const blames = await blameMismatches(security, async (p, v) => checksums?.lookup(p, v));
    return (extra) => withBlame(finishFindings(config, { ...run, steps: [...run.steps, ...extra] }), blames);
}
/**
 * The checksum step waits on the database, the license step on the CPU: they run side by side,
 * and the checksum step's group is logged after the license step's. A checksum failure is thrown
 * first, as when the steps ran in that order.
 */
async function checksumsBesideLicenses(io, pending, run) {
    const checking = startBeside(io, 'Checksum database', 'the license step', (logger) => pending.finish(run.modules, run.goSum, logger));
    const [licensed] = await Promise.allSettled([run.licenses()]);
    const checksums = await checking.result();
    if (licensed.status === 'rejected')
        throw licensed.reason;
    return { checksums, licenses: licensed.value };
}
/**
 * While go primes the cache, each zip that lands has its licenses read (the license step then
 * only applies the policy) and, when the run may save, its h1 taken for the save's proof (by the
 * relay's proof of the same bytes), which then need not read it again.
 */
function watchArrivals(ctx, env, goSum, reads, run) {
    const relay = run.plan.relay;
    // handOverStep's condition: without it nothing is saved, and nothing need be proven.
    const mayVerifySave = run.cache.pending !== undefined && ctx.io.cache !== undefined;
    const landed = mayVerifySave
        ? new LandedZipDigests(env.settings.goModCache, (p, v) => relay?.provenZip(p, v))
        : undefined;
    const early = new LicensePrefetch(env.settings.goModCache, goSum, reads, licenseThreshold(ctx), landed);
    return { early: early.start(), landed };
}

;// CONCATENATED MODULE: ./.build/report/json-report.js



/** Writes the JSON report atomically (temp file, then rename), so a reader never sees half of it. */
async function writeJsonReport(file, report) {
    await promises_.mkdir(external_node_path_.dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    try {
        await promises_.writeFile(temp, JSON.stringify(report, null, 2) + '\n');
        await promises_.rename(temp, file);
    }
    catch (error) {
        // A failed write leaves nothing behind.
        await promises_.rm(temp, { force: true }).catch(() => undefined);
        throw error;
    }
}
/** The report could not be written at the end: a warning (the checks' verdict stands). */
function reportNotWritten(file, error) {
    return {
        kind: 'infrastructure',
        severity: 'warning',
        area: 'config',
        message: `the JSON report could not be written to '${file}' (${(0,_build_errors/* describeError */.Uc)(error)}); set the 'report-file' input to a writable path`,
    };
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
/**
 * Every line through the redactor before it reaches the log: a credential or the relay's path
 * token that some message quotes (a URL in an error, a route) never reaches the terminal or the
 * job log, whichever step wrote it.
 */
function redactingLogger(logger, redactor) {
    return {
        debug: (m) => logger.debug(redactor.redact(m)),
        info: (m) => logger.info(redactor.redact(m)),
        warn: (m) => logger.warn(redactor.redact(m)),
        error: (m) => logger.error(redactor.redact(m)),
        group: (title, fn) => logger.group(redactor.redact(title), fn),
        ...(logger.status ? { status: (m) => logger.status?.(redactor.redact(m)) } : {}),
    };
}

;// CONCATENATED MODULE: ./.build/report/env-secrets.js
/** Names of variables that hold credentials by convention (GitHub's runtime tokens included). */
const SECRET_NAME = /(^|_)(TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIALS?|API_?KEY|ACCESS_KEY|PRIVATE_KEY|AUTH)(_|$)/i;
/**
 * Registers the values of the environment's credential variables (ACTIONS_RUNTIME_TOKEN,
 * GITHUB_TOKEN, AWS_SECRET_ACCESS_KEY, …) with the redactor: a second fence, so that a module
 * file that somehow quoted the environment still never reaches an artifact, the summary or the log.
 * Short values are skipped: redacting `true` or `1` would garble the report.
 */
function registerEnvSecrets(redactor, env) {
    for (const [name, value] of Object.entries(env)) {
        if (value && value.length >= 8 && SECRET_NAME.test(name))
            redactor.add(value);
    }
}

// EXTERNAL MODULE: ./.build/report/escape.js
var report_escape = __webpack_require__(3046);
// EXTERNAL MODULE: ./.build/licenses/discovery.js + 2 modules
var discovery = __webpack_require__(7061);
;// CONCATENATED MODULE: ./.build/cache/proven-zip.js




/**
 * Reads $GOMODCACHE/cache/download/<escaped path>/@v/<escaped version>.zip and keeps it only when
 * its h1 (x/mod dirhash HashZip) equals `h1`, the go.sum line the checksum step checked. The cache
 * is hostile input: what the SBOM hashes and the notices quote must be the proven bytes. It lives
 * in cache/, below both of them.
 */
async function readProvenZip(goModCache, module, h1) {
    if (!h1)
        return { note: 'no go.sum line for the zip: nothing to prove its bytes against' };
    let file;
    try {
        file = `${(0,module_module_path/* moduleCachePaths */.n)(goModCache, module).base}.zip`;
    }
    catch (error) {
        return { note: (0,_build_errors/* describeError */.Uc)(error) };
    }
    let bytes;
    try {
        bytes = await promises_.readFile(file);
    }
    catch {
        return { note: 'the zip is not in the module cache' };
    }
    let actual;
    try {
        actual = (0,zip_reader/* hashZip */.mk)(bytes);
    }
    catch (error) {
        return { note: `the zip in the module cache is not readable: ${(0,_build_errors/* describeError */.Uc)(error)}` };
    }
    if (actual !== h1)
        return { note: `the zip in the module cache hashes to ${actual}, not ${h1}` };
    return { bytes };
}

;// CONCATENATED MODULE: ./.build/notices/collect-notices.js







/** Apache-2.0 §4(d): a NOTICE file must be passed on. Matched at the module root, any case. */
function isNoticeFileName(name) {
    return /^NOTICE(\.(txt|md|markdown))?$/i.test(name);
}
/**
 * The license and NOTICE texts of every non-main module (only those compiled in under
 * `license-scope: shipped` or `imports`), read from the proven module zip when there is one. License
 * files in subdirectories count when the license report says they apply to Go code.
 */
async function collectNotices(report, options) {
    const key = (m) => `${m.path}@${m.version}`;
    const licenseOf = new Map(report.licenses?.modules.map((l) => [key(l), l]));
    const h1Of = new Map(report.checksums?.modules.map((c) => [key(c), c.zip?.goSum ?? c.zip?.database]));
    const result = [];
    const modules = [...report.modules]
        .filter((m) => !m.main)
        .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    for (const m of modules) {
        const license = licenseOf.get(key(m));
        const outside = license?.notCompiledIn !== undefined || license?.rule.startsWith(OUT_OF_SCOPE_RULE);
        if (options.scope !== 'build-list' && outside)
            continue;
        const classified = new Map(license?.files.map((f) => [f.path, f]));
        const wanted = (file) => {
            const slash = file.lastIndexOf('/');
            const base = file.slice(slash + 1);
            if (slash < 0)
                return (0,discovery/* isLicenseFileName */.jB)(base) || isNoticeFileName(base);
            return (0,discovery/* isLicenseFileName */.jB)(base) && classified.get(file)?.appliesToCode === true;
        };
        const label = (file) => classified.get(file)?.expression;
        result.push(await moduleNotices(m, h1Of.get(key(m)), options.goModCache, wanted, label));
    }
    return result;
}
/** The rule text src/licenses/evaluate.ts gives a module outside `license-scope: imports`. */
const OUT_OF_SCOPE_RULE = 'provides no imported package';
async function moduleNotices(m, h1, goModCache, wanted, label) {
    const base = { path: m.path, version: m.version };
    const toText = (file, raw) => {
        const base = file.slice(file.lastIndexOf('/') + 1);
        const kind = (0,discovery/* isLicenseFileName */.jB)(base) ? 'license' : 'notice';
        return { kind, file, text: normalizeText(raw), ...(kind === 'license' ? { license: label(file) } : {}) };
    };
    const fetched = (0,build_list/* effectiveModule */.S)(m);
    let note;
    if (fetched) {
        const zip = await readProvenZip(goModCache, fetched, h1);
        if (zip.bytes) {
            const prefix = `${fetched.path}@${fetched.version}/`;
            const budget = new discovery/* ReadBudget */.QT();
            const texts = [];
            for (const f of (0,zip_reader/* readZipFiles */.FF)(zip.bytes)) {
                if (!f.name.startsWith(prefix) || !wanted(f.name.slice(prefix.length)))
                    continue;
                // The same caps as a directory's files (discovery.ts readModuleFile).
                if (f.data.length > discovery/* MAX_LICENSE_FILE_BYTES */.cB || f.data.length > budget.left)
                    continue;
                budget.left -= f.data.length;
                texts.push(toText(f.name.slice(prefix.length), f.data.toString('utf8')));
            }
            return { ...base, texts: sortTexts(texts), proven: true };
        }
        note = `${zip.note}; read from the extracted directory instead`;
    }
    else
        note = 'a local directory (replace => ./dir): nothing to prove it against';
    if (!m.dir)
        return { ...base, texts: [], proven: false, note: `${note}; the module was not downloaded` };
    const { texts, refused } = await readDirectoryTexts(m.dir, wanted, toText);
    if (refused.length > 0)
        note = `${note}; ${refused.join('; ')}`;
    return { ...base, texts: sortTexts(texts), proven: false, note };
}
/**
 * The wanted license and NOTICE files of an extracted or local module directory. Nothing leads
 * out of the module: links, devices and fifos are refused and named (discovery.ts
 * readModuleFile), and the module's reads together stay within one budget.
 */
async function readDirectoryTexts(dir, wanted, toText) {
    const budget = new discovery/* ReadBudget */.QT();
    const texts = [];
    const refused = [];
    for (const found of await (0,discovery/* findLicenseFiles */.us)(dir, { budget }).catch(() => [])) {
        if (!wanted(found.path))
            continue;
        if (found.text !== undefined)
            texts.push(toText(found.path, found.text));
        else if (found.problem)
            refused.push(`${found.path}: ${found.problem}`);
    }
    const names = await promises_.readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of names) {
        if (!isNoticeFileName(entry.name) && !(entry.isSymbolicLink() && (0,discovery/* isLicenseFileName */.jB)(entry.name)))
            continue;
        if (!isNoticeFileName(entry.name)) {
            refused.push(`${entry.name}: a symbolic link, not read`);
            continue;
        }
        const { text, problem } = await (0,discovery/* readModuleFile */.LI)(external_node_path_.join(dir, entry.name), budget);
        if (text !== undefined)
            texts.push(toText(entry.name, text));
        else
            refused.push(`${entry.name}: ${problem}`);
    }
    return { texts, refused: refused.sort() };
}
/**
 * Line ends and trailing blank space do not make two texts different; a control character in a
 * module's text is shown escaped (`\x1b`), never passed to whoever reads the notices.
 */
function normalizeText(text) {
    return (0,report_escape/* escapeControls */.UN)(text
        .replace(/^\uFEFF/, '')
        .replace(/\r\n?/g, '\n')
        .replace(/[ \t]+$/gm, '')
        .replace(/\s+$/, ''));
}
function sortTexts(texts) {
    return texts.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

;// CONCATENATED MODULE: ./.build/notices/render-notices.js
/**
 * Groups identical texts. Order is deterministic: license texts before NOTICE files, then by
 * label, then by the first module carrying the text; holders sorted by module and file.
 */
function groupNotices(modules) {
    const groups = new Map();
    for (const m of modules) {
        for (const t of m.texts) {
            const key = `${t.kind}\u0000${t.text}`;
            const group = groups.get(key) ?? { kind: t.kind, labels: new Set(), text: t.text, holders: [] };
            group.labels.add(t.kind === 'notice' ? 'NOTICE' : (t.license ?? 'unidentified license text'));
            group.holders.push({ module: `${m.path} ${m.version}`, file: t.file, proven: m.proven });
            groups.set(key, group);
        }
    }
    const compare = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
    return [...groups.values()]
        .map((g) => ({
        kind: g.kind,
        label: [...g.labels].sort(compare).join(' / '),
        text: g.text,
        holders: g.holders.sort((a, b) => compare(a.module, b.module) || compare(a.file, b.file)),
    }))
        .sort((a, b) => compare(a.kind === 'license' ? '0' : '1', b.kind === 'license' ? '0' : '1') ||
        compare(a.label, b.label) ||
        compare(a.holders[0].module, b.holders[0].module) ||
        compare(a.text, b.text));
}
/** The notices file as Markdown: headings and lists escaped, texts in fences longer than any backtick run in them. */
function renderNoticesMarkdown(header, modules) {
    const groups = groupNotices(modules);
    const out = ['# Third-party notices', ''];
    out.push(intro(header, modules, groups).map(escapeMarkdown).join(' '), '');
    const section = (kind, title) => {
        const list = groups.filter((g) => g.kind === kind);
        if (list.length === 0)
            return;
        out.push(`## ${title}`, '');
        list.forEach((g, i) => {
            out.push(`### ${i + 1}. ${escapeMarkdown(g.label)}`, '', 'Carried by:', '');
            for (const h of g.holders)
                out.push(`- ${codeSpan(h.module)}, ${codeSpan(h.file)}${h.proven ? '' : ' *(not proven)*'}`);
            const fence = '`'.repeat(Math.max(3, longestRun(g.text, '`') + 1));
            out.push('', `${fence}text`, g.text, fence, '');
        });
    };
    section('license', 'License texts');
    section('notice', 'NOTICE files');
    const without = modules.filter((m) => !m.texts.some((t) => t.kind === 'license'));
    if (without.length > 0) {
        out.push('## Modules without a license file', '');
        for (const m of without)
            out.push(`- ${codeSpan(`${m.path} ${m.version}`)}${m.note ? `: ${escapeMarkdown(m.note)}` : ''}`);
        out.push('');
    }
    const unproven = modules.filter((m) => m.texts.length > 0 && !m.proven);
    if (unproven.length > 0) {
        out.push('## Not proven', '');
        for (const m of unproven)
            out.push(`- ${codeSpan(`${m.path} ${m.version}`)}: ${escapeMarkdown(m.note ?? 'not read from a verified zip')}`);
        out.push('');
    }
    return out.join('\n').replace(/\n+$/, '\n');
}
/** The same content as plain text. */
function renderNoticesText(header, modules) {
    const groups = groupNotices(modules);
    const rule = '='.repeat(79);
    const out = ['THIRD-PARTY NOTICES', '', intro(header, modules, groups).join(' '), ''];
    for (const g of groups) {
        out.push(rule, g.kind === 'license' ? `License: ${g.label}` : 'NOTICE', 'Carried by:');
        for (const h of g.holders)
            out.push(`  ${h.module} (${h.file})${h.proven ? '' : ' [not proven]'}`);
        out.push(rule, '', g.text, '');
    }
    const without = modules.filter((m) => !m.texts.some((t) => t.kind === 'license'));
    if (without.length > 0) {
        out.push(rule, 'Modules without a license file:', rule);
        for (const m of without)
            out.push(`  ${m.path} ${m.version}${m.note ? `: ${m.note}` : ''}`);
    }
    return out.join('\n').replace(/\n+$/, '\n');
}
function intro(header, modules, groups) {
    const licenses = groups.filter((g) => g.kind === 'license').length;
    const notices = groups.length - licenses;
    return [
        `Third-party modules of ${header.mainModules.join(', ') || 'the project'}: ${modules.length} modules,`,
        `${licenses} distinct license ${licenses === 1 ? 'text' : 'texts'}, ${notices} distinct NOTICE ${notices === 1 ? 'file' : 'files'}.`,
        `Written by ${header.tool.name} ${header.tool.version} from the module zips whose h1 matched the checked go.sum lines;`,
        'texts read any other way are marked not proven.',
    ];
}
/** Backslash-escapes CommonMark's ASCII punctuation that could start markup. */
function escapeMarkdown(text) {
    return text.replace(/[\\`*_{}[\]<>()#+!|~]/g, '\\$&').replace(/^(\s*)([-=]|\d+\.)/gm, '$1\\$2');
}
function codeSpan(text) {
    const ticks = '`'.repeat(longestRun(text, '`') + 1);
    const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
    return `${ticks}${pad}${text}${pad}${ticks}`;
}
function longestRun(text, ch) {
    let best = 0;
    let run = 0;
    for (const c of text) {
        run = c === ch ? run + 1 : 0;
        best = Math.max(best, run);
    }
    return best;
}

// EXTERNAL MODULE: ./.build/diff/git.js
var git = __webpack_require__(7404);
;// CONCATENATED MODULE: ./.build/sbom/main-version.js

/**
 * The main module's version from git, when its directory is in a work tree; undefined otherwise
 * (no git, not a repository, no commit yet). Mirrors cmd/go/internal/vcs (Cmd.Status) in spirit:
 * the revision and whether the tree was modified; the describe text stands for a version.
 */
async function vcsVersion(dir, env, timeoutMs = 10_000) {
    try {
        const options = { cwd: dir, env, timeoutMs };
        const head = await (0,git/* runGit */.E)(['rev-parse', 'HEAD'], options);
        if (head.code !== 0)
            return undefined;
        const described = await (0,git/* runGit */.E)(['describe', '--tags', '--always', '--dirty'], options);
        if (described.code !== 0)
            return undefined;
        const version = described.stdout.trim();
        return { version, revision: head.stdout.trim(), modified: version.endsWith('-dirty') };
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./.build/sbom/module-graph.js
/**
 * Reads `go mod graph` (cmd/go/internal/modcmd graph.go: one `from to` edge a line, a main module
 * without `@version`). Nothing is fetched: after priming every go.mod is in the module cache, so
 * GOPROXY=off. Undefined when go fails (the SBOM then has no dependency graph, and says so).
 */
async function readModuleGraph(run, options) {
    const env = { ...options.env, GOPROXY: 'off', GOTOOLCHAIN: 'local' };
    const result = await run(['mod', 'graph'], { cwd: options.cwd, env, timeoutMs: options.timeoutMs });
    if (result.code !== 0)
        return { problem: result.stderr.trim().split('\n')[0] || `exit ${result.code}` };
    return { graph: parseModuleGraph(result.stdout) };
}
function parseModuleGraph(text) {
    const graph = new Map();
    for (const line of text.split('\n')) {
        const [from, to] = line.trim().split(/\s+/);
        if (!from || !to)
            continue;
        // Go 1.21+ prints the go and toolchain lines as `go@1.22` and `toolchain@go1.22` nodes.
        if (/^(go|toolchain)@/.test(to))
            continue;
        const list = graph.get(from) ?? [];
        list.push(to);
        graph.set(from, list);
    }
    return graph;
}
/** The key a module of the build list has in `go mod graph`: `path@version`, a main module its path. */
function graphKey(m) {
    return m.main ? m.path : `${m.path}@${m.version}`;
}
/**
 * The build list's dependency graph: each selected module → the selected versions of what it
 * requires. MVS selects one version per path, so an edge to `b@v1.0.0` means the `b` that was
 * selected; edges from versions that were not selected are dropped (they are not built).
 */
function selectedDependencies(graph, modules) {
    const selected = new Map(modules.map((m) => [m.path, graphKey(m)]));
    const result = new Map();
    for (const m of modules) {
        const deps = new Set();
        for (const to of graph.get(graphKey(m)) ?? []) {
            const at = to.lastIndexOf('@');
            const target = selected.get(at > 0 ? to.slice(0, at) : to);
            if (target && target !== graphKey(m))
                deps.add(target);
        }
        result.set(graphKey(m), [...deps].sort());
    }
    return result;
}

;// CONCATENATED MODULE: ./.build/sbom/download-location.js

/**
 * Where each upstream's module zips are, by the name the relay gives it (host[:port][/path], as in
 * src/goproxy/upstream.ts). Only http(s) URLs without a query; userinfo is dropped, never written.
 */
function publicUpstreams(urls) {
    const byName = new Map();
    for (const text of urls) {
        let url;
        try {
            url = new URL(text.trim());
        }
        catch {
            continue;
        }
        if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash)
            continue;
        const credentialed = url.username !== '' || url.password !== '';
        url.username = '';
        url.password = '';
        const path = url.pathname.replace(/\/+$/, '');
        const name = `${url.host}${path}`;
        if (!byName.has(name))
            byName.set(name, { base: `${url.origin}${path}`, credentialed });
    }
    return byName;
}
/**
 * The SPDX downloadLocation of a module: the zip URL of the proxy whose bytes were verified
 * (`<base>/<escaped path>/@v/<escaped version>.zip`, the GOPROXY protocol). NOASSERTION when the
 * module did not come from a named proxy, or when it is private and the proxy takes credentials:
 * a URL that cannot be fetched without a secret tells the reader nothing it can check.
 */
function downloadLocation(module, upstream, options) {
    const found = upstream === undefined ? undefined : options.upstreams.get(upstream);
    if (!found || (options.private && found.credentialed) || module.version === '')
        return 'NOASSERTION';
    return `${found.base}/${(0,module_escape/* escapeModulePath */.xk)(module.path)}/@v/${(0,module_escape/* escapeVersion */.av)(module.version)}.zip`;
}

;// CONCATENATED MODULE: ./.build/sbom/purl.js
/**
 * Package URLs for Go modules: `pkg:golang/<namespace>/<name>@<version>`, the module path's last
 * element the name, the elements before it the namespace, each kept as Go spells it.
 *
 * Case: the purl spec's golang type text (types/golang-definition.json) still says "must be
 * lowercased", but its own note says the definition predates Go modules (purl-spec#308 is open).
 * A Go module path is case-sensitive (golang.org/x/mod/module.CheckPath; the proxy protocol
 * escapes capitals as `!b`), and the tools an SBOM is joined with match it as spelled: OSV and the
 * Go vulnerability database key advisories by the module path (`github.com/BurntSushi/toml`),
 * and cyclonedx-gomod and syft keep the case in their purls. Lower-casing made those joins miss,
 * so the case is kept. The version is kept as Go spells it; every character but the purl spec's
 * unreserved ones (`A-Z a-z 0-9 . - _ ~`) is percent-encoded, so `v2.1.0+incompatible` becomes
 * `v2.1.0%2Bincompatible` (a purl parser decodes it back).
 */
function goPurl(modulePath, version) {
    const segments = modulePath.split('/').map(encodePurlSegment);
    const versionPart = version === '' ? '' : `@${encodePurlSegment(version)}`;
    return `pkg:golang/${segments.join('/')}${versionPart}`;
}
/** Percent-encodes (UTF-8) every byte outside the purl spec's unreserved set. */
function encodePurlSegment(text) {
    let out = '';
    for (const byte of Buffer.from(text, 'utf8')) {
        const ch = String.fromCharCode(byte);
        out += /[A-Za-z0-9._~-]/.test(ch) ? ch : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    return out;
}

;// CONCATENATED MODULE: ./.build/sbom/verification.js
/**
 * What a module's checksum status lets the SBOM claim. Only a database-proven status counts as
 * verified; every other status, including ones this version does not know yet, is "not verified".
 */
const VERIFIED_STATUSES = new Set(['verified', 'verified-offline']);
function verificationOf(status, database) {
    const known = status ?? 'none';
    if (VERIFIED_STATUSES.has(known)) {
        const where = database ? ` against ${database}` : '';
        return {
            verified: true,
            status: known,
            text: known === 'verified-offline' ? `verified${where} (offline proof)` : `verified${where}`,
        };
    }
    return { verified: false, status: known, text: `not verified: ${known}` };
}

;// CONCATENATED MODULE: ./.build/sbom/sbom-facts.js







/**
 * Joins the report's verified facts into one list, main modules first, then by path. The zip's
 * SHA-256 is computed from $GOMODCACHE/cache/download/<escaped path>/@v/<escaped version>.zip and
 * stated only when that file's h1 equals the go.sum line that was checked: the cache is hostile
 * input, and an SBOM hash must be of the bytes that were proven.
 */
async function collectSbomFacts(report, options) {
    const key = (m) => `${m.path}@${m.version}`;
    const checksumOf = new Map(report.checksums?.modules.map((c) => [key(c), c]));
    const licenseOf = new Map(report.licenses?.modules.map((l) => [key(l), l]));
    const deps = options.graph ? selectedDependencies(options.graph, report.modules) : new Map();
    const database = report.checksums?.database?.name;
    const upstreams = publicUpstreams(options.proxyUrls ?? []);
    const upstreamOf = new Map(report.proxy?.modules.map((u) => [key(u), u.upstream]));
    const modules = [];
    const sorted = [...report.modules].sort((a, b) => Number(b.main) - Number(a.main) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const m of sorted) {
        const checksum = checksumOf.get(key(m));
        const license = licenseOf.get(key(m));
        const zipH1 = checksum?.zip?.goSum ?? checksum?.zip?.database;
        const zip = await zipDigest(m, zipH1, options.goModCache);
        const fetched = (0,build_list/* effectiveModule */.S)(m);
        const upstream = upstreamOf.get(key(m)) ??
            (fetched ? upstreamOf.get(key(fetched)) : undefined) ??
            (m.route?.kind === 'proxy' ? m.route.host : undefined);
        const status = checksum?.status ?? m.checksum;
        modules.push({
            ref: graphKey(m),
            path: m.path,
            // A main module has no version in the build list: git's, when there is one.
            version: m.main ? (options.vcs?.version ?? m.version) : m.version,
            main: m.main,
            indirect: m.indirect,
            purl: goPurl(m.path, m.main ? (options.vcs?.version ?? m.version) : m.version),
            replace: replaceText(m),
            route: m.main
                ? 'local'
                : m.route
                    ? m.route.kind === 'proxy'
                        ? m.route.host
                        : m.route.kind
                    : 'unknown',
            verification: verificationOf(m.main ? 'not-applicable' : (checksum?.status ?? m.checksum), database),
            zipH1,
            goModH1: checksum?.goMod?.goSum ?? checksum?.goMod?.database,
            ...zip,
            licenseDeclared: nonEmpty(license?.detected),
            licenseConcluded: nonEmpty(license?.expression ?? m.license?.expression),
            licenseVerdict: license?.verdict ?? m.license?.verdict,
            dependsOn: deps.get(graphKey(m)) ?? [],
            excluded: m.main ? undefined : excludedBecause(license),
            downloadLocation: m.main || !fetched
                ? 'NOASSERTION'
                : downloadLocation(fetched, upstream, { upstreams, private: status === 'private' }),
            vcs: m.main ? options.vcs : undefined,
        });
    }
    return {
        project: report.project,
        tool: report.tool,
        createdAt: new Date(options.now()).toISOString(),
        modules,
        graphProblem: options.graph ? undefined : (options.graphProblem ?? 'go mod graph did not run'),
    };
}
/**
 * Why a module is not compiled in, by the license gate's own scope (src/licenses/evaluate.ts):
 * outside `license-scope: shipped` or `imports`, or under `build-list` a module no target compiles.
 * Undefined when it is compiled in, or when the run did not work the scope out.
 */
function excludedBecause(license) {
    if (license?.notCompiledIn)
        return `not compiled in (license-scope: ${license.notCompiledIn.scope})`;
    if (license?.compiledIn === false)
        return 'not compiled in on any common target';
    return undefined;
}
function nonEmpty(text) {
    return text && text.trim() !== '' ? text : undefined;
}
function replaceText(m) {
    if (m.replace?.kind === 'module')
        return `${m.replace.path}@${m.replace.version}`;
    if (m.replace?.kind === 'local')
        return m.replace.dir;
    return undefined;
}
async function zipDigest(m, zipH1, goModCache) {
    const fetched = (0,build_list/* effectiveModule */.S)(m);
    if (!fetched)
        return {};
    const zip = await readProvenZip(goModCache, fetched, zipH1);
    if (!zip.bytes)
        return { zipNote: zip.note };
    return { zipSha256: (0,external_node_crypto_.createHash)('sha256').update(zip.bytes).digest('hex') };
}

;// CONCATENATED MODULE: ./.build/sbom/spdx.js

/**
 * An SPDX 2.3 JSON document with the same facts as the CycloneDX one: a package per module
 * (purl as a PACKAGE-MANAGER external ref, licenseConcluded = the gate's expression,
 * licenseDeclared = what the files say, SHA256 of the zip when proven), DESCRIBES for the main
 * modules, DEPENDS_ON from `go mod graph`, downloadLocation the proxy zip URL of the verified
 * bytes. Verification, route and scope (not compiled in) are annotations and the package
 * comment, so a reader of either sees "not verified" where it was not.
 */
function spdxDocument(facts, uuid = (0,external_node_crypto_.randomUUID)()) {
    const annotator = `Tool: ${facts.tool.name}-${facts.tool.version}`;
    const ids = new Map(facts.modules.map((m) => [m.ref, spdxId(m.ref)]));
    const licenseRefs = new Set();
    const packages = facts.modules.map((m) => {
        const concluded = m.licenseConcluded ?? 'NOASSERTION';
        const declared = m.licenseDeclared ?? 'NOASSERTION';
        for (const ref of `${concluded} ${declared}`.match(/LicenseRef-[A-Za-z0-9.-]+/g) ?? [])
            licenseRefs.add(ref);
        const pkg = {
            SPDXID: ids.get(m.ref),
            name: m.path,
            ...(m.version ? { versionInfo: m.version } : {}),
            downloadLocation: m.downloadLocation ?? 'NOASSERTION',
            filesAnalyzed: false,
            primaryPackagePurpose: m.main ? 'APPLICATION' : 'LIBRARY',
            licenseConcluded: concluded,
            licenseDeclared: declared,
            copyrightText: 'NOASSERTION',
            ...(m.zipSha256 ? { checksums: [{ algorithm: 'SHA256', checksumValue: m.zipSha256 }] } : {}),
            externalRefs: [
                { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: m.purl },
            ],
        };
        const notes = packageFacts(m);
        if (notes.length > 0) {
            pkg.comment = notes.join('; ');
            pkg.annotations = notes.map((comment) => ({
                annotationDate: spdxDate(facts.createdAt),
                annotationType: 'OTHER',
                annotator,
                comment,
            }));
        }
        return pkg;
    });
    const mains = facts.modules.filter((m) => m.main).map((m) => ids.get(m.ref));
    const relationships = mains.map((id) => ({
        spdxElementId: 'SPDXRef-DOCUMENT',
        relationshipType: 'DESCRIBES',
        relatedSpdxElement: id,
    }));
    for (const m of facts.modules) {
        for (const dep of m.dependsOn) {
            const target = ids.get(dep);
            if (target)
                relationships.push({
                    spdxElementId: ids.get(m.ref),
                    relationshipType: 'DEPENDS_ON',
                    relatedSpdxElement: target,
                });
        }
    }
    const name = facts.project.mainModules.join(', ') || 'go-module';
    const doc = {
        spdxVersion: 'SPDX-2.3',
        dataLicense: 'CC0-1.0',
        SPDXID: 'SPDXRef-DOCUMENT',
        name,
        documentNamespace: `https://spdx.org/spdxdocs/${encodeURIComponent(facts.tool.name)}/${encodeURIComponent(name)}-${uuid}`,
        creationInfo: {
            created: spdxDate(facts.createdAt),
            creators: [annotator],
            ...(facts.graphProblem ? { comment: `No dependency graph: ${facts.graphProblem}` } : {}),
        },
        documentDescribes: mains,
        packages,
        relationships,
    };
    if (licenseRefs.size > 0) {
        doc.hasExtractedLicensingInfos = [...licenseRefs].sort().map((licenseId) => ({
            licenseId,
            name: licenseId,
            extractedText: `${facts.tool.name} could not identify this license text with enough confidence; see the module's license files.`,
        }));
    }
    return doc;
}
/** `go-module-warden:verification=…` lines: what a reader must not miss. */
function packageFacts(m) {
    if (m.main) {
        const lines = m.replace ? [`go-module-warden:replace=${m.replace}`] : [];
        if (m.vcs)
            lines.push(`go-module-warden:vcs.revision=${m.vcs.revision}`);
        if (m.vcs)
            lines.push(`go-module-warden:vcs.modified=${m.vcs.modified}`);
        return lines;
    }
    const lines = [`go-module-warden:verification=${m.verification.text}`, `go-module-warden:route=${m.route}`];
    // CycloneDX says `scope: excluded`; SPDX 2.3 has no scope, so an annotation says it.
    if (m.excluded)
        lines.push(`go-module-warden:scope=excluded: ${m.excluded}`);
    if (m.zipH1)
        lines.push(`go-module-warden:go-sum:h1=${m.zipH1}`);
    if (m.zipNote)
        lines.push(`go-module-warden:zip-sha256:absent=${m.zipNote}`);
    if (m.replace)
        lines.push(`go-module-warden:replace=${m.replace}`);
    if (m.licenseVerdict)
        lines.push(`go-module-warden:license-verdict=${m.licenseVerdict}`);
    return lines;
}
/** SPDXRef-<letters, digits, . and -> made unique by a short hash of the module key. */
function spdxId(ref) {
    const readable = ref.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '');
    const hash = (0,external_node_crypto_.createHash)('sha256').update(ref).digest('hex').slice(0, 8);
    return `SPDXRef-golang-${readable}-${hash}`;
}
/** SPDX wants `YYYY-MM-DDThh:mm:ssZ` (no fraction). */
function spdxDate(iso) {
    return iso.replace(/\.\d+Z$/, 'Z');
}

;// CONCATENATED MODULE: ./.build/sbom/write-artifacts.js









/**
 * Writes the SBOM(s) and the notices file the inputs ask for, from the finished report (after
 * it, so they state exactly what the report proved). Writes nothing when none is asked for.
 */
async function writeArtifacts(config, report, io) {
    const { sbomFiles, noticesFile } = config.artifacts;
    if (!sbomFiles.cyclonedx && !sbomFiles.spdx && !noticesFile)
        return {};
    const goModCache = io.goModCache;
    if (report.modules.length === 0 || goModCache === undefined) {
        io.logger.warn('no build list (an earlier step failed): no SBOM or notices written');
        return {};
    }
    return io.logger.group('SBOM and notices', async () => {
        const cwd = report.project.dir;
        const written = {};
        const redact = io.redact ?? ((text) => text);
        const problems = [];
        // Checked before the run (src/config/paths.ts); a write that still fails warns and goes on.
        const writeAtomically = async (file, text) => {
            try {
                await writeFileAtomically(file, redact(text));
                return true;
            }
            catch (error) {
                const input = file === noticesFile ? 'notices-file' : 'sbom-file';
                problems.push(artifactNotWritten(input, file, error));
                io.logger.warn(problems.at(-1).message);
                return false;
            }
        };
        if (sbomFiles.cyclonedx || sbomFiles.spdx) {
            const { graph, problem } = await readModuleGraph(io.runGo, {
                cwd,
                env: io.env,
                timeoutMs: config.timeoutMs,
            });
            if (problem)
                io.logger.warn(`go mod graph failed, the SBOM has no dependency graph: ${problem}`);
            const facts = await collectSbomFacts(report, {
                goModCache,
                graph,
                graphProblem: problem,
                now: io.now,
                proxyUrls: proxyUrlsOf(config, report),
                vcs: await vcsVersion(cwd, io.env),
            });
            const unverified = facts.modules.filter((m) => !m.main && !m.verification.verified).length;
            if (sbomFiles.cyclonedx && (await writeAtomically(sbomFiles.cyclonedx, await cycloneDx(facts))))
                written.cyclonedx = sbomFiles.cyclonedx;
            const spdx = () => JSON.stringify(spdxDocument(facts), null, 2) + '\n';
            if (sbomFiles.spdx && (await writeAtomically(sbomFiles.spdx, spdx())))
                written.spdx = sbomFiles.spdx;
            io.logger.info(`SBOM: ${facts.modules.length} modules, ${unverified} marked not verified → ${[written.cyclonedx, written.spdx].filter(Boolean).join(', ')}`);
        }
        if (noticesFile) {
            const modules = await collectNotices(report, {
                goModCache,
                scope: config.licenseScope,
            });
            const header = { mainModules: report.project.mainModules, tool: report.tool };
            const markdown = /\.(md|markdown)$/i.test(noticesFile);
            const text = markdown ? renderNoticesMarkdown(header, modules) : renderNoticesText(header, modules);
            if (await writeAtomically(noticesFile, text)) {
                written.notices = noticesFile;
                io.logger.info(`Notices: ${modules.length} modules → ${noticesFile}`);
            }
        }
        if (problems.length > 0)
            written.problems = problems;
        return written;
    });
}
/** Every proxy URL the run could have fetched from: the inputs' lists and the GOPROXY it ran with. */
function proxyUrlsOf(config, report) {
    const specs = [...(config.proxy ?? []), ...config.proxyRoutes.flatMap((r) => r.list)];
    return [
        ...specs.flatMap((spec) => (spec.kind === 'url' ? [spec.url] : [])),
        ...report.settings.proxy.split(/[,|]/),
    ];
}
/** A warning: the file named by `input` was not written; the verdict stands. */
function artifactNotWritten(input, file, error) {
    return {
        kind: 'infrastructure',
        severity: 'warning',
        area: 'config',
        message: `${file ? `'${file}'` : 'the SBOM and notices'} could not be written (${(0,_build_errors/* describeError */.Uc)(error)}); set the '${input}' input to a writable path`,
    };
}
/** Temp file then rename: a reader sees the old file or the new one, and a failed write leaves no temp behind. */
async function writeFileAtomically(file, text) {
    await promises_.mkdir(external_node_path_.dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    try {
        await promises_.writeFile(temp, text);
        await promises_.rename(temp, file);
    }
    catch (error) {
        await promises_.rm(temp, { force: true }).catch(() => undefined);
        throw error;
    }
}
/** The CycloneDX document; its library (~9 MiB) is loaded only by a run that asks for one. */
async function cycloneDx(facts) {
    const { cycloneDxJson } = await Promise.all(/* import() */[__webpack_require__.e(761), __webpack_require__.e(955)]).then(__webpack_require__.bind(__webpack_require__, 7955));
    return cycloneDxJson(facts);
}

;// CONCATENATED MODULE: ./.build/metrics/phase-timer.js
/** Short, stable label values for the log groups the run opens (src/steps/*, src/run.ts). */
const PHASES = [
    [/^Go environment/, 'environment'],
    [/^Module cache: restore/, 'cache_restore'],
    [/^Module cache: verify/, 'cache_verify'],
    [/^Priming the module cache/, 'prime'],
    [/^Build list/, 'build_list'],
    [/^Checksum database/, 'checksums'],
    [/^Licenses/, 'licenses'],
    [/^Pull-request diff/, 'diff'],
    [/^SBOM and notices/, 'sbom_and_notices'],
    [/^Module cache: save/, 'cache_save'],
];
/** A group title as a label value: the known phases by name, any other slugged. */
function phaseLabel(title) {
    const known = PHASES.find(([pattern]) => pattern.test(title));
    if (known)
        return known[1];
    return (title
        .replace(/\(.*?\)/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '_')
        .replace(/^_+|_+$/g, '') || 'other');
}
/**
 * A logger that times every group it runs: the run's phases are its log groups, so the metrics
 * file and the log agree on what a phase is. A phase that runs twice adds up. `now` in ms.
 */
function timingLogger(logger, now) {
    const totals = new Map();
    const timed = {
        debug: (m) => logger.debug(m),
        info: (m) => logger.info(m),
        warn: (m) => logger.warn(m),
        error: (m) => logger.error(m),
        group: async (title, fn) => {
            const started = now();
            try {
                return await logger.group(title, fn);
            }
            finally {
                const phase = phaseLabel(title);
                totals.set(phase, (totals.get(phase) ?? 0) + Math.max(0, now() - started));
            }
        },
    };
    const phases = () => [...totals].map(([phase, ms]) => ({ phase, seconds: ms / 1000 }));
    return { logger: timed, phases };
}

;// CONCATENATED MODULE: ./.build/metrics/openmetrics.js

const PREFIX = 'go_module_warden';
const BREAKER_STATES = ['closed', 'open', 'half-open'];
/**
 * The run's metrics in the OpenMetrics 1.0 text format (application/openmetrics-text): per-upstream
 * time-to-headers histograms, request and fallback counters, breaker state, phase durations, and
 * `# EOF`. Names follow Prometheus conventions (base units, `_total` on counter samples). Upstream
 * labels are the relay's names for them (host[:port][/path]: never userinfo); `redact` is the
 * run's redactor, a second fence for a secret in a proxy path.
 */
function renderOpenMetrics(report, phases, redact = (text) => text) {
    const upstreams = report.proxy?.upstreams ?? [];
    const label = (u) => `upstream="${escapeLabel(redact(u.name))}"`;
    const families = [...upstreamFamilies(upstreams, label), ...runFamilies(report, phases)];
    const lines = [];
    for (const f of families) {
        lines.push(`# TYPE ${f.name} ${f.type}`);
        if (f.unit)
            lines.push(`# UNIT ${f.name} ${f.unit}`);
        lines.push(`# HELP ${f.name} ${escapeHelp(f.help)}`, ...f.samples);
    }
    return `${lines.join('\n')}\n# EOF\n`;
}
/** The relay's series, one set per upstream. */
function upstreamFamilies(upstreams, label) {
    return [
        {
            name: `${PREFIX}_upstream_request_duration_seconds`,
            type: 'histogram',
            unit: 'seconds',
            help: 'Time to response headers of requests the relay sent to each upstream proxy.',
            samples: upstreams.flatMap((u) => histogramSamples(u, label(u))),
        },
        {
            name: `${PREFIX}_upstream_requests`,
            type: 'counter',
            help: 'Requests the relay sent to each upstream proxy, by outcome (HTTP status, timeout, error, ...).',
            samples: upstreams.flatMap((u) => Object.entries(u.outcomes)
                .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
                .map(([outcome, n]) => `${PREFIX}_upstream_requests_total{${label(u)},outcome="${escapeLabel(outcome)}"} ${n}`)),
        },
        {
            name: `${PREFIX}_upstream_hedges`,
            type: 'counter',
            help: 'Hedged requests started on a later upstream because this one was slow.',
            samples: upstreams.map((u) => `${PREFIX}_upstream_hedges_total{${label(u)}} ${u.hedgesFired}`),
        },
        {
            name: `${PREFIX}_upstream_breaker_state`,
            type: 'gauge',
            help: "Each upstream's circuit breaker at the end of the run: 1 for its state, 0 for the others.",
            samples: upstreams.flatMap((u) => breakerSamples(u, label(u))),
        },
        {
            name: `${PREFIX}_upstream_breaker_opened`,
            type: 'counter',
            help: 'Times each upstream circuit breaker opened during the run.',
            samples: upstreams.map((u) => `${PREFIX}_upstream_breaker_opened_total{${label(u)}} ${u.breaker.transitions.filter((t) => t.to === 'open').length}`),
        },
    ];
}
/** The run's own series: the relay's totals, phases, duration, verdict. */
function runFamilies(report, phases) {
    return [
        {
            name: `${PREFIX}_relay_requests`,
            type: 'counter',
            help: 'Requests go made to the relay.',
            samples: report.proxy ? [`${PREFIX}_relay_requests_total ${report.proxy.requests}`] : [],
        },
        {
            name: `${PREFIX}_relay_fallbacks`,
            type: 'counter',
            help: 'Requests served by a later upstream, or answered with an error so that go fell back to direct.',
            samples: report.proxy ? [`${PREFIX}_relay_fallbacks_total ${report.proxy.fallbacks}`] : [],
        },
        {
            name: `${PREFIX}_phase_duration_seconds`,
            type: 'gauge',
            unit: 'seconds',
            help: 'Wall time of each phase of the run (its log group).',
            samples: phases.map((p) => `${PREFIX}_phase_duration_seconds{phase="${escapeLabel(p.phase)}"} ${p.seconds}`),
        },
        {
            name: `${PREFIX}_run_duration_seconds`,
            type: 'gauge',
            unit: 'seconds',
            help: 'Wall time of the whole run.',
            samples: [`${PREFIX}_run_duration_seconds ${report.durationMs / 1000}`],
        },
        {
            name: `${PREFIX}_run_passed`,
            type: 'gauge',
            help: 'The run passed (1) or warned or failed (0); the status label names which.',
            samples: [`${PREFIX}_run_passed{status="${report.status}"} ${report.status === 'passed' ? 1 : 0}`],
        },
        {
            name: `${PREFIX}_run_timestamp_seconds`,
            type: 'gauge',
            unit: 'seconds',
            help: 'When the run started (Unix time): a stale file shows as an old timestamp.',
            samples: [`${PREFIX}_run_timestamp_seconds ${Date.parse(report.startedAt) / 1000}`],
        },
    ];
}
function histogramSamples(u, label) {
    const h = u.latencyHistogram;
    if (!h)
        return [];
    const name = `${PREFIX}_upstream_request_duration_seconds`;
    return [
        ...LATENCY_BUCKETS_SECONDS.map((le, i) => `${name}_bucket{${label},le="${le}"} ${h.buckets[i]}`),
        `${name}_bucket{${label},le="+Inf"} ${h.count}`,
        `${name}_sum{${label}} ${h.sumSeconds}`,
        `${name}_count{${label}} ${h.count}`,
    ];
}
function breakerSamples(u, label) {
    const name = `${PREFIX}_upstream_breaker_state`;
    const of = (breaker, state) => BREAKER_STATES.map((s) => `${name}{${label},breaker="${breaker}",state="${s}"} ${s === state ? 1 : 0}`);
    return [...of('module', u.breaker.state), ...(u.sumdbBreaker ? of('sumdb', u.sumdbBreaker.state) : [])];
}
/** OpenMetrics label values escape `\`, `"` and newline. */
function escapeLabel(text) {
    return text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}
function escapeHelp(text) {
    return text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
}

;// CONCATENATED MODULE: ./.build/metrics/write-metrics.js



/**
 * Writes the `metrics-file` (OpenMetrics text), when one is named, atomically: a textfile
 * collector reading it mid-run sees the old file or the new one, never half. A failed write is a
 * warning (logged and returned); the verdict stands.
 */
async function writeMetricsFile(file, report, options) {
    if (!file)
        return undefined;
    const { phases, redact } = options;
    try {
        await (0,files/* writeFileAtomic */.Z)(file, redact(renderOpenMetrics(report, phases, redact)), { mkdir: true });
        return undefined;
    }
    catch (error) {
        const message = `'${file}' could not be written (${(0,_build_errors/* describeError */.Uc)(error)}); set the 'metrics-file' input to a writable path`;
        options.logger.warn(message);
        return { kind: 'infrastructure', severity: 'warning', area: 'config', message };
    }
}

;// CONCATENATED MODULE: ./.build/run.js



















/**
 * What main.ts and cli.ts share: parse the inputs (a ConfigError escapes before anything runs),
 * run the pipeline with the real `go`, save or hand over the cache, write the JSON report.
 */
async function runWarden(raw, env, edgeLogger, edge) {
    checkPlatform();
    const runner = edge.runner ?? (await (0,runner_facts/* readRunnerFacts */.c)(env));
    const config = parseConfigReportingAll(raw, runner);
    await checkPaths(config);
    // A client certificate that cannot work (missing, key not matching, expired) stops the run now.
    checkClientCerts(config.proxyClientCerts, Date.now());
    const redactor = new Redactor(edge.onSecret);
    // Each log group is a phase of the run: timed for the metrics file.
    const timing = timingLogger((0,report_escape/* escapingLogger */.hE)(redactingLogger(edgeLogger, redactor)), Date.now);
    const logger = timing.logger;
    registerSecrets(redactor, config, env);
    let cacheState;
    const signal = edge.cancellation?.signal;
    const deadline = new Deadline(config.timeoutMs, Date.now);
    const { report, goModCache } = await runPipeline(config, {
        runGo: spawnGo,
        env,
        runner,
        logger,
        redactor,
        now: Date.now,
        signal,
        deadline,
        cache: {
            backend: await backendOf(config, config.cacheBackend, edge, runner, signal, deadline),
            localDir: config.cacheBackend === 'local' ? config.cacheDir : undefined,
            listFile: external_node_path_.join(runner.tempDir, 'go-module-warden', `cache-archive-${process.pid}.json`),
            onState: (state) => {
                cacheState = state;
                edge.handOver?.(state);
            },
        },
    });
    let finalReport = report;
    if (!edge.handOver && cacheState && report.cache && !signal?.aborted) {
        const state = cacheState;
        const save = await logger.group('Module cache: save', () => saveCacheEntry({
            getState: (name) => state[name],
            backendFor: (s) => s.backend === 's3'
                ? backendOf(config, 's3', edge, runner, signal)
                : edge.cacheBackend(s.backend, s.localDir ?? config.cacheDir, deadline),
            event: runner.event,
            logger,
            now: Date.now,
        }));
        if (save)
            finalReport = withSave(report, redactor.redactValue(save));
        // Without a post step (the CLI) nothing else will read the file list: leave nothing behind.
    }
    else if (cacheState && !edge.handOver)
        await discardCacheState(cacheState);
    const cancelledBy = edge.cancellation?.by;
    if (cancelledBy)
        finalReport = markCancelled(finalReport, cancelledBy);
    // The SBOM and notices state what the report proved; nothing is written unless asked.
    // They read module files by the report's directories, so they get it before escaping.
    if (!cancelledBy) {
        const artifacts = await writeArtifacts(config, finalReport, {
            runGo: spawnGo,
            env,
            goModCache,
            logger,
            now: Date.now,
            redact: (text) => redactor.redact(text),
        }).catch((error) => ({ problems: [artifactNotWritten('sbom-file', undefined, error)] }));
        // A file that could not be written warns; the run's verdict and exit code stand.
        finalReport = withLateFindings(finalReport, artifacts.problems ?? []);
    }
    // Module-derived text (a replace directory named with ESC or CR) reaches no renderer raw.
    finalReport = (0,report_escape/* escapeControlsIn */.BN)(finalReport);
    // The report's duration covers the whole step, the SBOM and notices included.
    const durationMs = Math.max(finalReport.durationMs, Date.now() - Date.parse(finalReport.startedAt));
    finalReport = { ...finalReport, durationMs };
    // Metrics last, so the run's duration and every phase are in; a failed write warns.
    const metricsProblem = await writeMetricsFile(config.artifacts.metricsFile, finalReport, {
        phases: timing.phases(),
        redact: (text) => redactor.redact(text),
        logger,
    });
    finalReport = withLateFindings(finalReport, metricsProblem ? [metricsProblem] : []);
    try {
        await writeJsonReport(config.reportFile, finalReport);
    }
    catch (error) {
        // Found at the end (the disk filled, the folder went away): the verdict still stands and is shown.
        finalReport = withLateFindings(finalReport, [reportNotWritten(config.reportFile, error)]);
    }
    return { config, report: finalReport };
}
/** Every proxy URL's credentials and the environment's secrets are masked before anything logs. */
function registerSecrets(redactor, config, env) {
    registerUrlSecrets(redactor, [
        ...[...(config.proxy ?? []), ...config.proxyRoutes.flatMap((r) => r.list)].flatMap((spec) => spec.kind === 'url' ? [spec.url] : []),
        ...(env.GOPROXY ?? '').split(/[,|]/),
    ]);
    registerEnvSecrets(redactor, env);
}
/**
 * The backend a config names: s3 is built here (no edge import), the others by the edge. The s3
 * backend (@aws-sdk) is loaded only by a run that names it: it costs a run without it ~25 MiB.
 */
async function backendOf(config, kind, edge, runner, signal, deadline) {
    if (kind !== 's3' || !config.cacheS3)
        return edge.cacheBackend(kind === 's3' ? 'local' : kind, config.cacheDir, deadline);
    const { S3Backend } = await __webpack_require__.e(/* import() */ 188).then(__webpack_require__.bind(__webpack_require__, 7188));
    return new S3Backend(config.cacheS3, {
        project: s3Project(config, runner),
        heal: config.cacheHeal,
        signal,
    });
}
/** Names a project's manifest in the bucket: its repository (or host) and working directory. */
function s3Project(config, runner) {
    const where = runner.repository || `${runner.host ?? 'host'}:${external_node_path_.resolve(config.workingDirectory)}`;
    return `${where}/${config.workingDirectory}`;
}
/** The save's outcome in the report; a failed save is a late warning settled with the others. */
function withSave(report, save) {
    if (!report.cache)
        return report;
    const warning = saveWarning(save);
    return withLateFindings({ ...report, cache: { ...report.cache, save } }, warning ? [warning] : []);
}


/***/ })

};
