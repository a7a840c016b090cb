-- Neovim (0.7+) as a third-party client of the built server: waits for indexing, opens an
-- article, asks hover and definition at a word, writes what it got to a JSON file and quits.
-- env: SEEDLENS_BIN (dist/bin.js), SEEDLENS_WS (workspace folder), SEEDLENS_FILE (article to open),
--      SEEDLENS_NEEDLE (text to find), SEEDLENS_DELTA (characters into it), SEEDLENS_OUT (result file)
local bin = assert(os.getenv('SEEDLENS_BIN'), 'SEEDLENS_BIN')
local ws = assert(os.getenv('SEEDLENS_WS'), 'SEEDLENS_WS')
local file = assert(os.getenv('SEEDLENS_FILE'), 'SEEDLENS_FILE')
local needle = assert(os.getenv('SEEDLENS_NEEDLE'), 'SEEDLENS_NEEDLE')
local delta = tonumber(os.getenv('SEEDLENS_DELTA') or '0')
local out = assert(os.getenv('SEEDLENS_OUT'), 'SEEDLENS_OUT')
local TIMEOUT = 20000

local result = { log = {} }
local function finish(code)
  result.ok = code == 0
  local f = io.open(out, 'w')
  f:write(vim.json.encode(result))
  f:close()
  pcall(vim.lsp.stop_client, vim.lsp.get_active_clients())
  vim.cmd(code == 0 and 'qall!' or ('cquit ' .. code))
end
-- Last resort if anything hangs inside vim.wait.
vim.defer_fn(function() table.insert(result.log, 'watchdog timeout'); finish(3) end, 50000)

local ok, err = pcall(function()
  local indexed, exited = nil, false
  local client_id = vim.lsp.start_client({
    name = 'seedlens',
    cmd = { 'node', bin, '--stdio' },
    root_dir = ws,
    workspace_folders = { { uri = vim.uri_from_fname(ws), name = 'ws' } },
    handlers = {
      ['seedlens/indexed'] = function(_, summary) indexed = summary end,
    },
    on_exit = function(code, signal) exited = true; table.insert(result.log, ('server exited %s %s'):format(code, signal)) end,
  })
  assert(client_id, 'start_client returned nil')
  vim.wait(TIMEOUT, function() return indexed ~= nil or exited end, 20)
  assert(indexed, 'server did not report seedlens/indexed')
  result.indexed = indexed

  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  assert(vim.lsp.buf_attach_client(bufnr, client_id), 'buf_attach_client failed')
  local found = vim.fn.searchpos(vim.fn.escape(needle, '\\/.*$^~[]'), 'cw')
  assert(found[1] > 0, 'needle not found: ' .. needle)
  -- searchpos gives 1-based line and byte column; move the cursor `delta` characters on.
  vim.api.nvim_win_set_cursor(0, { found[1], found[2] - 1 })
  if delta > 0 then vim.cmd('normal! ' .. delta .. 'l') end
  local params = vim.lsp.util.make_position_params()
  result.position = params.position

  local function ask(method)
    local responses, e = vim.lsp.buf_request_sync(bufnr, method, params, TIMEOUT)
    assert(responses, method .. ' failed: ' .. tostring(e))
    local r = responses[client_id]
    assert(r and not r.err, method .. ': ' .. vim.inspect(r))
    return r.result
  end
  result.hover = ask('textDocument/hover')
  result.definition = ask('textDocument/definition')
  local location = result.definition[1] or result.definition
  -- Jump there as a user would and report where the cursor landed.
  vim.lsp.util.jump_to_location(location, 'utf-16')
  local cursor = vim.api.nvim_win_get_cursor(0)
  result.jumped = { file = vim.fn.expand('%:t'), line = cursor[1] - 1, word = vim.fn.expand('<cword>') }
end)
if ok then finish(0) else table.insert(result.log, tostring(err)); finish(1) end
