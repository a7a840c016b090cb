-- Drives Neovim (0.7+) after its init.lua, which is the README's 0.7 setup as written: opens an
-- article (the setup's FileType autocommand starts the server from PATH and attaches it), waits
-- for the index, asks hover and definition at a word, jumps, writes what it got to a JSON file
-- and quits.
-- env: SEEDLENS_FILE (article to open), SEEDLENS_NEEDLE (text to find), SEEDLENS_DELTA (characters
--      into it), SEEDLENS_OUT (result file)
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
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  result.filetype = vim.bo[bufnr].filetype

  -- The setup's autocommand attached a client: wait for it to be initialized.
  local client
  vim.wait(TIMEOUT, function()
    for _, c in pairs(vim.lsp.buf_get_clients(bufnr)) do
      if c.name == 'seedlens' and c.initialized then client = c end
    end
    return client ~= nil
  end, 20)
  assert(client, 'the README setup attached no initialized seedlens client to ' .. file)
  result.client = { name = client.name, root_dir = client.config.root_dir, cmd = client.config.cmd }

  -- Wait for the first indexing of the workspace to finish (seedlens/status).
  local status
  vim.wait(TIMEOUT, function()
    local responses = vim.lsp.buf_request_sync(bufnr, 'seedlens/status', vim.empty_dict(), 2000)
    local r = responses and responses[client.id]
    status = r and r.result
    return status ~= nil and status.indexing == false and status.lastIndex ~= vim.NIL and status.lastIndex ~= nil
  end, 100)
  assert(status and status.lastIndex, 'the server did not finish indexing: ' .. vim.inspect(status))
  result.indexed = status.lastIndex

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
    local r = responses[client.id]
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
  -- The jump opened another article: the setup attached the same client to it.
  local jumped_clients = vim.lsp.buf_get_clients(0)
  result.jumped.client = (jumped_clients[client.id] ~= nil)
  result.clients = #vim.lsp.get_active_clients()
  -- The setup's on_attach mapped K to hover in the article.
  result.mapped_k = vim.fn.maparg('K', 'n') ~= ''
end)
if ok then finish(0) else table.insert(result.log, tostring(err)); finish(1) end
