# PyInstaller runtime hook of the CPU build (`make package`; `make package GPU=1` leaves it out).
# That bundle lacks the CUDA libraries torch opens only when a kernel runs on a GPU (cuDNN's
# engines, cuSOLVER, torch_cuda_linalg), so torch must never see a GPU: every one is hidden
# before anything imports torch, in this process and in the app's own child processes.
import os

os.environ["CUDA_VISIBLE_DEVICES"] = ""
