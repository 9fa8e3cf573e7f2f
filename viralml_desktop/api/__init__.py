"""The local ML Core HTTP server (FastAPI + uvicorn) serving the CONTRACT.md endpoints."""
