-- wrk script: POST /api/v1/persons/search with a JSON body from BODY and a bearer token from TOKEN.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
wrk.body = os.getenv("BODY")
